import Routine

/// A log for a week-by-week plan: one table a week, each on its own page, with that week's
/// stages and doses, its week's number where the key stands, and its days' dates.
extension TrackerComposer {
    /// The weeks of the plan from the routine's chosen week to its last, one table each; `nil`
    /// when the routine has no stages.
    func weeklyTables(for routine: Routine) -> [Table]? {
        guard routine.hasProgression else { return nil }
        let first = routine.week ?? 1
        let last = max(routine.planWeeks, first)
        return (first...last).map { week in
            let plan = routine.forWeek(week)
            var cols = columns(days: Self.week)
            cols.firstDay = Self.week * (week - 1)
            let headings = headerRow(cols, start: routine.date, label: composer.labels.week(week))
            let room = composer.frame.content.height
            var table = self.table(
                plan, cols, headings: headings, first: true, last: week == last, tightNotes: false)
            if table.block.height > room {
                let tight = self.table(plan, cols, headings: headings, first: true, last: week == last, tightNotes: true)
                if tight.block.height <= room { table = tight }
            }
            let parts = table.block.pages(rooms: (first: room, later: continuationRoom), headings: headings)
            return Table(blocks: parts, repeating: Block())
        }
    }
}
