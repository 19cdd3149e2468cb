import RepSheet

extension RepSheetError {
    /// The error with a character no font can print in `--client` or `--provider` named as that
    /// option: it is in no file, so "the client's name" alone would not say where to look.
    func namingOptions(client: String?, provider: String?) -> RepSheetError {
        switch self {
        case .render(let error): return .render(error.namingOptions(client: client, provider: provider))
        default: return self
        }
    }
}

extension RenderError {
    fileprivate func namingOptions(client: String?, provider: String?) -> RenderError {
        switch self {
        case .missingGlyph(var missing) where missing.location == nil:
            let options = [
                (TextFieldName.client.description, "--client", client),
                (TextFieldName.provider.description, "--provider", provider),
            ]
            for (field, option, value) in options
            where missing.field == field && value?.unicodeScalars.contains(missing.character) == true {
                missing.field = option
            }
            return .missingGlyph(missing)
        case .several(let errors):
            return .several(errors.map { $0.namingOptions(client: client, provider: provider) })
        default: return self
        }
    }
}
