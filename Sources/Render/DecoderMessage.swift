/// Turns what a picture decoder reports into words a user understands; messages written for
/// programmers ("Improper call to JPEG library in state 201") become what they mean for the file.
enum DecoderMessage {
    /// The reason a JPEG could not be decoded, from gdk-pixbuf's (libjpeg's) message.
    static func jpeg(_ message: String) -> String {
        let damaged = ["Improper call to JPEG library", "Premature end of JPEG file", "Corrupt JPEG data"]
        return damaged.contains(where: message.contains) ? "the file is damaged or ends early" : message
    }

    /// The reason an SVG could not be parsed, from librsvg's (libxml2's) message.
    static func svg(_ message: String) -> String {
        if message.contains("XML_PARSE_HUGE") || message.contains("Excessive depth") {
            return "it is nested too deeply or is too large to read safely"
        }
        return message
    }
}
