import Routine

/// A log for a week-by-week plan: one table a week, each on its own page, with that week's
/// stages and doses, its week's number where the key stands, and its days' dates. The sheet's
/// header (title, fields, caution, pain guide) heads the first week only: later pages carry the
/// running header, as every continued sheet does.
extension TrackerComposer {
    /// The weeks of the plan from the routine's chosen week to its last, one table block each
    /// (carrying its day headings as its continuation header); `nil` when the routine has no stages.
    func weeklyTables(for routine: Routine) -> [Block]? {
        guard routine.hasProgression else { return nil }
        let (first, last) = (routine.logWeeks.lowerBound, routine.logWeeks.upperBound)
        return (first...last).map { week in
            var plan = routine.forWeek(week)
            // The heading names the days the log covers: every week printed, whatever `track:` says.
            plan.track = Track(days: Self.week * (last - first + 1))
            var cols = columns(days: Self.week)
            // A dated page starts on its own week's first day; an undated one counts on (days 8–14…).
            if let date = routine.date {
                plan.date = date.adding(days: Self.week * (week - 1))
            } else {
                cols.firstDay = Self.week * (week - 1)
            }
            let headings = headerRow(cols, start: plan.date, label: composer.labels.week(week))
            return self.table(plan, cols, headings: headings, first: week == first, last: week == last).block
                .continued(under: headings)
        }
    }
}

extension Routine {
    /// The weeks a plan's log prints: from the chosen week (1 without `--week`) to the plan's last.
    var logWeeks: ClosedRange<Int> {
        let first = week ?? 1
        return first...max(planWeeks, first)
    }
}

extension CalendarDate {
    /// The date `days` days later.
    func adding(days: Int) -> CalendarDate {
        var (year, month, day) = (self.year, self.month, self.day + days)
        while day > CalendarDate.daysIn(month: month, year: year) {
            day -= CalendarDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 { (month, year) = (1, year + 1) }
        }
        return CalendarDate(year: year, month: month, day: day) ?? self
    }
}

extension ContentFrame {
    /// The frame of a page that goes on from another: its content starts under the running header.
    var continuing: ContentFrame {
        ContentFrame(
            pageSize: pageSize,
            content: Rect(
                x: content.minX, y: continuationTop, width: content.width, height: content.maxY - continuationTop),
            continuationTop: continuationTop)
    }

    /// A frame from its parts.
    init(pageSize: Size, content: Rect, continuationTop: Length) {
        self.pageSize = pageSize
        self.content = content
        self.continuationTop = continuationTop
    }
}
