// swift-tools-version:6.1
import PackageDescription

/// Where librsvg's and gdk-pixbuf's headers are (`pkg-config --cflags librsvg-2.0` adds these to
/// GLib's, which CPango brings), for the targets that see CLoadedLater's types. A `pkgConfig`
/// system library would also link librsvg, which RepSheet opens only when a sheet needs it.
let loadedLaterHeaders: [SwiftSetting] = [
    .unsafeFlags(["-Xcc", "-I/usr/include/librsvg-2.0", "-Xcc", "-I/usr/include/gdk-pixbuf-2.0"])
]

let package = Package(
    name: "RepSheet",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RepSheet", targets: ["RepSheet"]),
        .executable(name: "repsheet", targets: ["repsheet"]),
        .executable(name: "repsheet-serve", targets: ["repsheet-serve"]),
        .library(name: "RepSheetQPDF", type: .dynamic, targets: ["CQPDFFull"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `repsheet serve` only: the web server lives in its own executable, so `repsheet` links no NIO.
        // No traits: swift-configuration is not built.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Already in the graph through Hummingbird: `repsheet serve`'s per-connection deadline.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libfontconfig-dev"])]
        ),
        // libpng behind a setjmp error handler, so a libpng error is returned, not an abort.
        .target(name: "CPng", linkerSettings: [.linkedLibrary("png16")]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        // Headers only: librsvg, gdk-pixbuf and libqrencode are opened with dlopen when a sheet
        // needs them, so they are not linked; their function and struct types come from here.
        // Render imports it `@_implementationOnly` (an `internal import` is still loaded by a caller's
        // test discovery), so a package that depends on RepSheet needs no header flags. Its types are
        // held only by Render's classes and internal structs, whose layout no other module needs.
        .systemLibrary(
            name: "CLoadedLater", providers: [.apt(["librsvg2-dev", "libgdk-pixbuf-2.0-dev", "libqrencode-dev"])]),
        .target(name: "PlainLanguage", dependencies: ["Routine", "CHyphen"]),
        .target(name: "Reminders", dependencies: ["Routine", "Layout"]),
        // The finishing pass over Cairo's PDFs, the byte sink and the number formatting Cairo
        // uses; whatever needs libqpdf is in CQPDFFull, opened with dlopen when needed.
        .target(
            name: "CQPDFPass",
            cxxSettings: [.unsafeFlags(["-std=c++17"])],
            // libdeflate linked in (Debian's libdeflate-dev has the archive): one library less to load.
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "-l:libdeflate.a"]), .linkedLibrary("z"), .linkedLibrary("m"),
                .linkedLibrary("dl"),
            ]
        ),
        // libRepSheetQPDF.so: extracting sources, booklets, and finishing a PDF Cairo did not
        // write, with libqpdf. Linked into no executable: loading libqpdf and what it brings costs
        // every process about 12 M instructions (issue 19).
        .target(
            name: "CQPDFFull",
            dependencies: ["CQPDFPass"],
            cxxSettings: [.unsafeFlags(["-std=c++17"])],
            // Swift's runtime linked in, not as libswiftCore.so: the tools carry their own.
            linkerSettings: [.linkedLibrary("qpdf"), .unsafeFlags(["-static-stdlib"])]
        ),
        .target(name: "Routine", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "Layout", dependencies: ["Routine", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Render", dependencies: ["Layout", "CCairo", "CPango", "CPng", "CQPDFPass", "CLoadedLater"],
            swiftSettings: loadedLaterHeaders),
        .target(name: "Figures", dependencies: ["Routine", "Layout"]),
        .target(
            name: "RepSheet",
            dependencies: [
                "Routine", "Layout", "Render", "Figures", "PlainLanguage", .product(name: "Yams", package: "Yams"),
            ]),
        .executableTarget(
            name: "repsheet",
            dependencies: [
                "RepSheet", "Figures", "PlainLanguage", "Reminders",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Released with its relative relocations packed (DT_RELR, glibc 2.36): about 80,000 of
            // them, from the Swift runtime and Foundation linked in, were 1.9 MB for the dynamic
            // loader to read and apply at every start (issue 19). Gold cannot pack them; lld can.
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                    .when(configuration: .release))
            ]
        ),
        .target(
            name: "RepSheetServe",
            dependencies: [
                "RepSheet", "Figures", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        .executableTarget(
            name: "repsheet-serve",
            dependencies: [
                "RepSheetServe", "RepSheet", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "repsheet-fuzz", dependencies: ["Routine", "Layout", "Figures", "RepSheet"]),
        .testTarget(name: "RoutineTests", dependencies: ["Routine"], exclude: ["Fixtures"]),
        .target(name: "TestSupport", dependencies: ["CCairo"], path: "Tests/TestSupport"),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "Routine", "TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "RenderTests", dependencies: ["RepSheet", "PlainLanguage", "TestSupport"],
            exclude: ["Reference", "Fixtures"],
            swiftSettings: loadedLaterHeaders),
        .testTarget(name: "LintTests", dependencies: ["PlainLanguage", "Routine", "TestSupport"]),
        .testTarget(name: "CalendarTests", dependencies: ["Reminders", "Routine", "TestSupport"]),
        .testTarget(name: "ServeTests", dependencies: ["RepSheetServe", "RepSheet"]),
        .testTarget(name: "FigureTests", dependencies: ["Figures", "Routine", "Layout"]),
    ],
    swiftLanguageModes: [.v6]
)
