/// English passages for comparing grades with `textstat`: exercise instructions, patient-leaflet
/// prose and dense clinical text, from grade 1 to college level.
enum LintPassages {
    static let english = [
        "Lie on your back with knees bent. Tighten your stomach and press your low back flat into the floor, then relax.",
        "Lie on your back. Pull one knee toward your chest with both hands until you feel a gentle stretch in your low back.",
        "Stand with your hands on a wall. Step one foot back and keep the heel down. Lean in until you feel a stretch in your calf.",
        "Sit tall in a chair. Slowly tuck your chin in, as if making a double chin. Hold, then relax.",
        "On hands and knees, slowly round your back up toward the ceiling, then let it sag toward the floor.",
        "Lie on your side with your knees bent. Keep your feet together and lift your top knee. Lower it slowly.",
        "Walk for ten minutes each day. Go at a pace where you can still talk. Stop if you feel sharp pain.",
        "The cat sat on the mat. It was a warm day. The dog ran in the yard and barked at a bird.",
        "Do these exercises every morning. Keep a steady pace. If anything hurts more than a little, stop and call us.",
        "Breathe out as you lift and breathe in as you lower. Do not hold your breath while you do the exercise.",
        "Perform ten repetitions of hip abduction in side-lying, maintaining a neutral pelvis and avoiding compensatory trunk rotation throughout the movement.",
        "Patients with chronic low back pain frequently demonstrate reduced lumbar flexion and diminished activation of the deep abdominal musculature during functional activities.",
        "Progressive resistance training, when implemented consistently over several weeks, substantially improves muscular strength, functional independence and quality of life in older adults.",
        "Adherence to prescribed home exercise programmes is influenced by numerous factors, including perceived effectiveness, symptom severity, social support and the comprehensibility of written instructions.",
        "The physiotherapist evaluated the range of motion of the patient, identified significant limitations in shoulder external rotation, and recommended a graduated stretching intervention.",
        "If your pain gets worse, or if you notice new numbness or weakness in your legs, contact your doctor right away.",
        "Place a small towel under your knee. Press the back of your knee down into the towel and tighten the muscle on the top of your thigh.",
        "Hold on to a counter for balance. Rise up onto your toes, then slowly lower your heels back to the floor.",
        "Consistent participation in therapeutic exercise facilitates recovery, although individual responses vary considerably depending on baseline conditioning, comorbidities and psychological factors.",
        "Sit on the edge of a bed. Straighten one knee and hold it for five seconds. Then lower your foot to the floor.",
        "Each morning, before getting out of bed, gently bend and straighten your ankles twenty times to help the blood flow in your legs.",
        "Electromyographic investigations have consistently demonstrated that individuals experiencing patellofemoral pain exhibit altered neuromuscular recruitment of the vastus medialis obliquus.",
        "Stand up straight. Squeeze your shoulder blades together and down. Hold for five seconds and then let go.",
        "Use an ice pack for fifteen minutes after your exercises if your knee feels sore or swollen.",
        gradeTwelve,
    ]

    /// A paragraph textstat rates at grade 12.3 (with either syllable counter).
    static let gradeTwelve =
        "Keep your back straight while you slowly lower your body toward the floor, bending your knees until "
        + "your thighs are almost parallel to the ground. Hold this position momentarily, then gradually return "
        + "to standing, concentrating on controlled movements throughout the exercise."
}
