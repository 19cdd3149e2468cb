import Routine

extension BlockComposer {
    /// The line under the title: the routine's subtitle, then the plan's week when one was chosen
    /// (`--week 3`: "Relief for back pain · Week 3"), so sheets printed for different weeks tell
    /// themselves apart on the fridge; `nil` when there is neither.
    func subtitleLine(_ routine: Routine) -> (text: String, source: TextSource?)? {
        let subtitle = routine.subtitle.flatMap { $0.isEmpty ? nil : $0 }
        let week = routine.week.map { labels.week($0) }
        switch (subtitle, week) {
        case (let subtitle?, let week?): return (subtitle + "  ·  " + week, TextSource(.subtitle))
        case (let subtitle?, nil): return (subtitle, TextSource(.subtitle))
        case (nil, let week?): return (week, nil)
        case (nil, nil): return nil
        }
    }
}
