import Foundation
import HTTPTypes
import Hummingbird
import RepSheet

/// Small builders for the API's responses.
enum Responses {
    /// Bytes with a content type.
    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:])
        -> Response
    {
        var fields = headers
        fields[.contentType] = type
        fields[.contentLength] = String(data.count)
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A value as JSON.
    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:])
        -> Response
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return bytes(data, type: "application/json; charset=utf-8", status: status, headers: headers)
    }

    /// `{"error": MESSAGE}` with a status.
    static func problem(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(["error": message], status: status)
    }

    /// The content type of an output format.
    static func contentType(of format: OutputFormat) -> String {
        switch format {
        case .pdf: return "application/pdf"
        case .png: return "image/png"
        case .svg: return "image/svg+xml"
        }
    }
}

extension HTTPField.Name {
    /// A field name from a valid token (every name below is one, so the fallback is never used).
    static func named(_ token: String) -> HTTPField.Name { HTTPField.Name(token) ?? .via }

    /// Stops browsers guessing a content type other than the one sent.
    static let contentTypeOptions = named("X-Content-Type-Options")
    /// The custom header a page or script sends with state-changing requests.
    static let repSheetRequest = named("X-RepSheet")
    /// The page count of a rendering whose body holds one page.
    static let repSheetPages = named("X-RepSheet-Pages")
    /// Server-side time of a request (`app;dur=MILLISECONDS`).
    static let serverTiming = named("Server-Timing")
    /// Where a browser may load from.
    static let contentSecurityPolicy = named("Content-Security-Policy")
    /// Downloads' file names.
    static let contentDisposition = named("Content-Disposition")
}
