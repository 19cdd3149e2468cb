import Foundation
import RepSheet

/// The child process that does the server's work on routines (`repsheet-serve --worker`): it
/// reads jobs on standard input and writes replies on standard output, one at a time.
///
/// Drawing and layout cannot be interrupted inside a process; in a child they can: the server
/// kills the worker when a render runs past its time or its client hangs up, and the worker's
/// memory goes with it (`WorkerProcess`).
package enum RenderWorker {
    /// Serves jobs until standard input closes; `folder` is the server's start folder.
    package static func serve(folder: String) async -> Never {
        let input = FileHandle.standardInput
        let output = FileHandle.standardOutput
        let maker: SheetMaker
        do {
            maker = try SheetMaker(world: ServeWorld())
            _ = try maker.catalogue
        } catch {
            FileHandle.standardError.write(Data("repsheet-serve worker: \(error)\n".utf8))
            exit(72)
        }
        while let job = try? WorkerFrames.read(WorkerJob.self, from: input) {
            let reply = await run(job, maker: maker, folder: folder) { done, total in
                try? WorkerFrames.write(WorkerReply.progress(done: done, total: total), to: output)
            }
            do { try WorkerFrames.write(reply, to: output) } catch { exit(0) }
        }
        exit(0)
    }

    /// One job's reply.
    static func run(
        _ job: WorkerJob, maker: SheetMaker, folder: String, progress: @escaping @Sendable (Int, Int) -> Void
    ) async -> WorkerReply {
        let workbench = Workbench(folder: folder)
        let request = job.request
        // The server kills a worker that runs late: no deadline of its own.
        let never = ContinuousClock.now + .seconds(86_400)
        do {
            switch job.kind {
            case .validate:
                return .validation(workbench.validate(request, maker: maker))
            case .preview:
                return .preview(try workbench.preview(request, maker: maker, deadline: never))
            case .render:
                return .pages(try workbench.render(request, maker: maker, deadline: never))
            case .clients:
                guard let clients = job.clients, let workFolder = job.workFolder else {
                    return .failure("a client batch needs its request")
                }
                let work = ClientWork(folder: folder, maxClients: job.maxClients)
                let bundle = try await work.make(
                    clients, merged: job.merged, options: request.options, maker: maker, in: workFolder,
                    progress: progress)
                return .bundle(data: bundle.data, type: bundle.type, name: bundle.name)
            }
        } catch let error as RepSheetError {
            let items = DiagnosticItem.parse(error.description)
            if job.kind == .preview {
                return .preview(PreviewReport(ok: false, diagnostics: items, warnings: [], pages: [], milliseconds: 0))
            }
            return .problems(items)
        } catch let problems as ClientWork.Problems {
            return .problems(problems.diagnostics)
        } catch {
            return .failure("\(error)")
        }
    }
}
