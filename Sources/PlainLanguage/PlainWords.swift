/// Words a plain-language list would replace, with the plainer words to use.
///
/// Drawn from the US Plain Language guidelines' word list and patient-education glossaries
/// (CDC's Everyday Words for Public Health Communication). One entry a line: `word<TAB>plainer words`.
/// Matching is on whole words, case-insensitive; a key may be a phrase.
package enum PlainWords {
    /// English entries, word → suggestion.
    package static let english: [(word: String, plain: String)] = parse(
        """
        flexion\tbending
        flex\tbend
        extension\tstraightening
        extend\tstraighten
        abduction\tmoving away from the body
        adduction\tmoving toward the body
        abduct\tmove away from the body
        adduct\tmove toward the body
        rotation\tturning
        rotate\tturn
        lateral\tside
        medial\tinner
        anterior\tfront
        posterior\tback
        superior\tupper
        inferior\tlower
        bilateral\tboth sides
        unilateral\tone side
        ipsilateral\tsame side
        contralateral\topposite side
        supine\tlying on your back
        prone\tlying on your stomach
        dorsiflexion\tpulling your toes up
        plantarflexion\tpointing your toes
        plantar flexion\tpointing your toes
        dorsiflex\tpull your toes up
        cervical\tneck
        lumbar\tlow back
        thoracic\tupper back
        scapula\tshoulder blade
        scapulae\tshoulder blades
        scapular\tshoulder blade
        gluteal\tbuttock
        gluteus\tbuttock muscle
        quadriceps\tfront thigh muscles
        hamstrings\tback thigh muscles
        abdominal\tstomach
        abdominals\tstomach muscles
        musculature\tmuscles
        perform\tdo
        performing\tdoing
        repetition\trep
        repetitions\treps
        approximately\tabout
        assist\thelp
        commence\tstart
        initiate\tstart
        terminate\tstop
        discontinue\tstop
        utilize\tuse
        utilise\tuse
        facilitate\thelp
        maintain\tkeep
        maintaining\tkeeping
        additional\tmore
        subsequently\tthen
        prior to\tbefore
        in order to\tto
        sufficient\tenough
        adequate\tenough
        ensure\tmake sure
        position\tplace
        neutral\tnatural
        contract\ttighten
        engage\ttighten
        elevate\traise
        elevation\traising
        depress\tlower
        retract\tpull back
        retraction\tpulling back
        protract\treach forward
        inhale\tbreathe in
        exhale\tbreathe out
        discomfort\tpain
        sensation\tfeeling
        cessation\tstopping
        proximal\tnearer the body
        distal\tfarther from the body
        ambulate\twalk
        ambulation\twalking
        extremity\tarm or leg
        extremities\tarms and legs
        range of motion\thow far you can move
        """)

    /// The entries for `language`; only English has a list so far.
    package static func entries(for language: String) -> [(word: String, plain: String)] {
        ReadingLevel.base(of: language) == "en" ? english : []
    }

    private static func parse(_ table: String) -> [(word: String, plain: String)] {
        table.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { return nil }
            return (fields[0], fields[1])
        }
    }
}
