import Foundation
import NIOCore
import NIOHTTPTypes

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps half-sent requests from holding the server (slowloris):
/// - a connection has `deadline` to send a whole request (head and body), from when it opens
///   and again after each response; one that has not is closed;
/// - past `limit` open connections, the one that has waited longest without a whole request
///   is closed to make room (the new one when every connection is busy).
///
/// Once every connection has closed after many were open, the memory they used is handed back
/// to the system (`malloc_trim`).
final class ConnectionGuard: Sendable {
    let deadline: TimeAmount
    let limit: Int
    private let table = Locked(Table())

    /// The open connections: when each began waiting for a request (`nil` while busy).
    private struct Table {
        var waitingSince: [ObjectIdentifier: (since: NIODeadline, channel: any Channel)] = [:]
        var open = 0
        var peak = 0
    }

    /// A guard closing connections after `deadline`, and past `limit` of them.
    init(deadline: TimeAmount, limit: Int) {
        self.deadline = deadline
        self.limit = max(1, limit)
    }

    /// The handler for one connection's pipeline.
    func handler() -> RequestDeadlineHandler { RequestDeadlineHandler(guard: self) }

    /// Open connections now.
    var openConnections: Int { table.update { $0.open } }

    /// A connection opened: closes the longest-waiting one when there are more than `limit`.
    func opened(_ channel: any Channel) {
        let evicted: (any Channel)? = table.update { table in
            table.open += 1
            table.peak = max(table.peak, table.open)
            table.waitingSince[ObjectIdentifier(channel)] = (.now(), channel)
            guard table.open > limit else { return nil }
            // Forgotten at once: it is counted until it has closed, but not chosen again.
            guard let oldest = table.waitingSince.min(by: { $0.value.since < $1.value.since }) else { return channel }
            table.waitingSince[oldest.key] = nil
            return oldest.value.channel
        }
        evicted?.close(promise: nil)
    }

    /// The connection's request has arrived whole (`false`), or its response has been sent (`true`).
    func waiting(_ channel: any Channel, _ isWaiting: Bool) {
        table.update { table in
            table.waitingSince[ObjectIdentifier(channel)] = isWaiting ? (.now(), channel) : nil
        }
    }

    /// A connection closed.
    func closed(_ channel: any Channel) {
        let trim = table.update { table -> Bool in
            guard table.waitingSince.removeValue(forKey: ObjectIdentifier(channel)) != nil || table.open > 0 else {
                return false
            }
            table.open = max(0, table.open - 1)
            guard table.open == 0, table.peak > 64 else { return false }
            table.peak = 0
            return true
        }
        if trim { DispatchQueue.global().async { Self.trimHeap() } }
    }

    /// glibc's `malloc_trim(0)`, found at run time (its header is not in Swift's Glibc module).
    static func trimHeap() {
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}

/// One connection's part of `ConnectionGuard`: a timer from when the connection opens (and
/// again from each response's end) to the end of the next request.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let connections: ConnectionGuard
    private var timer: Scheduled<Void>?
    private var counted = false

    init(guard connections: ConnectionGuard) {
        self.connections = connections
    }

    func handlerAdded(context: ChannelHandlerContext) {
        counted = true
        connections.opened(context.channel)
        startTimer(context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stop(context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop(context)
        context.fireChannelInactive()
    }

    /// The client closed its side: the server lets clients half-close, but a client that has
    /// closed is taken to have hung up (browsers and curl close both sides), so the connection is
    /// closed and the work for it stopped (`ServeRequestContext.hangUp`).
    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            context.close(promise: nil)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) {
            timer?.cancel()
            timer = nil
            connections.waiting(context.channel, false)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            connections.waiting(context.channel, true)
            startTimer(context)
        }
        context.write(data, promise: promise)
    }

    /// Closes the connection unless a whole request arrives within the deadline.
    private func startTimer(_ context: ChannelHandlerContext) {
        timer?.cancel()
        let channel = context.channel
        timer = context.eventLoop.scheduleTask(in: connections.deadline) { channel.close(promise: nil) }
    }

    private func stop(_ context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        if counted {
            counted = false
            connections.closed(context.channel)
        }
    }
}
