import Foundation
import HTTPTypes
import Hummingbird

/// Refuses requests that another site could make a browser send:
/// - a Host header naming another server (DNS rebinding) → 421;
/// - an Origin of another site, or `Origin: null` (a sandboxed page or a file) → 403;
/// - a state-changing request (anything but GET, HEAD, OPTIONS) without `Content-Type:
///   application/json` or an `X-RepSheet` header, the two things a cross-site form cannot send
///   without the browser asking first → 403;
/// - a body declared larger than the limit → 413 (bodies sent without a length are cut at the
///   limit when read).
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
    let hostNames: Set<String>
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let authority = request.head.authority, hostNames.contains(Self.hostName(of: authority)) else {
            return Responses.problem(.misdirectedRequest, "the Host header does not name this server")
        }
        if let origin = request.headers[.origin] {
            let host = URL(string: origin)?.host.map { $0.lowercased() } ?? ""
            guard hostNames.contains(host) || hostNames.contains("[\(host)]") else {
                return Responses.problem(.forbidden, "requests from other sites are refused")
            }
        }
        let method = request.method
        if method != .get && method != .head && method != .options {
            let type = request.headers[.contentType]?.lowercased() ?? ""
            guard type.hasPrefix("application/json") || request.headers[.repSheetRequest] != nil else {
                return Responses.problem(
                    .forbidden, "send Content-Type: application/json or an X-RepSheet header with this request")
            }
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            return Responses.problem(.contentTooLarge, "the request is larger than \(maxBodyBytes / 1_048_576) MB")
        }
        var response = try await next(request, context)
        response.headers[.contentTypeOptions] = "nosniff"
        return response
    }

    /// The host name of a Host header, lowercased and without its port: `[::1]:8080` → `[::1]`.
    static func hostName(of authority: String) -> String {
        let lower = authority.lowercased()
        if lower.hasPrefix("[") {
            if let end = lower.firstIndex(of: "]") { return String(lower[...end]) }
            return lower
        }
        if let colon = lower.lastIndex(of: ":") { return String(lower[..<colon]) }
        return lower
    }
}
