import Routine

extension SheetLabels {
    /// A step's dose in these words, as a sheet prints it: "Hold 30 s · 3 reps · each side",
    /// "Mantener 30 s · 3 repeticiones · cada lado". For text printed elsewhere (calendar events).
    package func doseText(_ dose: Dose) -> String { DoseLine(labels: self).text(dose) }
}
