import Foundation
import HTTPTypes
import Hummingbird

/// Answers the methods a route does not take:
/// - `HEAD` of the page's files as `GET`, with the headers and without the body;
/// - another method on an API route → 405, with the methods it takes in `Allow`.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The API routes that take only `POST`.
    static var postRoutes: Set<String> {
        ["/api/render", "/api/preview", "/api/validate", "/api/clients", "/api/pictures"]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        if Self.postRoutes.contains(path) {
            guard request.method == .post else { return Self.notAllowed(allow: "POST") }
            return try await next(request, context)
        }
        switch request.method {
        case .get:
            return try await next(request, context)
        case .head:
            var response = try await next(request, context)
            response.body = ResponseBody()
            return response
        default:
            return Self.notAllowed(allow: "GET, HEAD")
        }
    }

    /// 405 naming the methods the route takes.
    static func notAllowed(allow: String) -> Response {
        var response = Responses.problem(.methodNotAllowed, "this address takes \(allow)")
        response.headers[.allow] = allow
        return response
    }
}
