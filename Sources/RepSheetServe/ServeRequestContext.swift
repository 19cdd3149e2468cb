import Hummingbird
import NIOCore

/// The request context of the server's routes: Hummingbird's basic one, with the connection,
/// whose closing stops work for a client that has hung up (`WorkerProcess`).
struct ServeRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The request's connection.
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Completes when the client closes the connection.
    var hangUp: EventLoopFuture<Void> { channel.closeFuture }
}
