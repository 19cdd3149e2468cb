#!/bin/sh
# Builds the DocC article's example and LibraryAPITests as a separate package that depends on
# RepSheet's library product, so they see only its public surface (not `package` declarations).
# Usage: Tests/PublicAPI/check.sh [WORK_FOLDER]   (from the package root; takes a full build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d /tmp/repsheet-api-XXXXXX)}
mkdir -p "$work/Sources/APICheck" "$work/Tests/APICheckTests"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

// Render's CLoadedLater module (librsvg, gdk-pixbuf) is loaded by every module that imports
// RepSheet, so an outside caller needs these header folders too (as RepSheet's own RenderTests do).
let headers: [SwiftSetting] = [
    .unsafeFlags(["-Xcc", "-I/usr/include/librsvg-2.0", "-Xcc", "-I/usr/include/gdk-pixbuf-2.0"])
]

let package = Package(
    name: "APICheck",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "RepSheet", path: "$root")],
    targets: [
        .target(
            name: "APICheck", dependencies: [.product(name: "RepSheet", package: "RepSheet")],
            swiftSettings: headers),
        .testTarget(
            name: "APICheckTests", dependencies: [.product(name: "RepSheet", package: "RepSheet")],
            swiftSettings: headers),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
# The article's first Swift block (its whole example; later blocks are fragments), as a function body.
{
    echo "import Foundation"
    awk '/^```swift$/ { blocks++; if (blocks == 1) inside = 1; next } /^```$/ { inside = 0 } inside && !/^import / { print }' \
        "$root/Sources/RepSheet/RepSheet.docc/RepSheet.md" |
        sed '1i import RepSheet\nfunc articleExample() async throws {' | sed '$a }'
} > "$work/Sources/APICheck/Article.swift"
cp "$root/Tests/RenderTests/LibraryAPITests.swift" "$root/Tests/RenderTests/Tool.swift" "$work/Tests/APICheckTests/"
cd "$work"
swift build --build-tests
echo "public API check: the article and LibraryAPITests build against import RepSheet alone ($work)"
