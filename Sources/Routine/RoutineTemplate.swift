/// The starter routine that `repsheet new` writes: every common key, explained in comments.
package enum RoutineTemplate {
    /// A commented YAML starter routine that validates and renders as it is.
    package static let yaml = """
        # A RepSheet routine. Edit it, then check it with `repsheet validate FILE`
        # and print it with `repsheet render FILE`.
        # Every key is described in docs/routine-format.md, in RepSheet's source folder.

        title: Back Stretches               # the sheet's heading (required)
        subtitle: For back pain and stiffness
        # client: Sam Lee                   # fills the Name field; leave out for a blank line
        # provider: Riverside Physical Therapy
        # date: 2026-03-14                  # fills the Date field (the tracker's first day), YYYY-MM-DD
        intro: >
          Do these stretches slowly and breathe normally.
          Stop any stretch that causes sharp pain.
        frequency: Twice a day

        # Dose every step gets unless the step says otherwise.
        defaults:
          hold: 30 s                        # 30, "30 s", "1 min", "1:30"; 0 for no hold
          reps: 3                           # 1 to 50
          sets: 1                           # 1 to 10
          # sides: each                     # none, each, left or right
          # rest: 1 min                     # rest between sets

        sections:
          - title: Warm-up
            steps:
              - name: Pelvic tilts
                instructions: >
                  Lie on your back with your knees bent. Tighten your stomach
                  and press the small of your back into the floor.
                hold: 5 s
                reps: 10

          - title: Stretches
            note: Move slowly into each stretch.
            steps:
              - name: Knee to chest
                instructions:               # a list prints as numbered sub-steps; tracker omits instructions
                  - Lie on your back with your knees bent.
                  - Pull one knee toward your chest with both hands.
                  - Lower it and repeat with the other leg.
                sides: each                 # a Left and a Right row of boxes
                # A picture: a PNG, JPEG or SVG file, relative to this file, printed by
                # the classic, cards and large-print layouts.
                # image: knee-to-chest.png
                # video: https://example.com/knee-to-chest

        notes:
          - Stop any stretch that causes sharp pain.
          - Check with your doctor or physical therapist before you start.

        # A log of 14 days, a box per step (and side) per day: every layout prints its pages
        # after the sheet (--layout tracker prints the log alone). Without it the tracker
        # logs 7 days.
        # track:
        #   days: 14                        # 1 to 31

        """

    /// The same starter as JSON, which has no comments.
    package static let json = """
        {
          "title": "Back Stretches",
          "subtitle": "For back pain and stiffness",
          "intro": "Do these stretches slowly and breathe normally. Stop any stretch that causes sharp pain.",
          "frequency": "Twice a day",
          "defaults": { "hold": "30 s", "reps": 3, "sets": 1 },
          "sections": [
            {
              "title": "Warm-up",
              "steps": [
                {
                  "name": "Pelvic tilts",
                  "instructions": "Lie on your back with your knees bent. Tighten your stomach and press the small of your back into the floor.",
                  "hold": "5 s",
                  "reps": 10
                }
              ]
            },
            {
              "title": "Stretches",
              "note": "Move slowly into each stretch.",
              "steps": [
                {
                  "name": "Knee to chest",
                  "instructions": [
                    "Lie on your back with your knees bent.",
                    "Pull one knee toward your chest with both hands.",
                    "Lower it and repeat with the other leg."
                  ],
                  "sides": "each"
                }
              ]
            }
          ],
          "notes": [
            "Stop any stretch that causes sharp pain.",
            "Check with your doctor or physical therapist before you start."
          ]
        }

        """
}
