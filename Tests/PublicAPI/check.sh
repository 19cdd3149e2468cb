#!/bin/sh
# Builds every Swift block of the DocC article and LibraryAPITests as a separate package that depends on
# RepSheet's library product, so they see only its public surface (not `package` declarations),
# with no compiler flags of its own (RepSheet's headers-only C modules stay out of its interface).
# Usage: Tests/PublicAPI/check.sh [WORK_FOLDER]   (from the package root; takes a full build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d /tmp/repsheet-api-XXXXXX)}
mkdir -p "$work/Sources/APICheck" "$work/Tests/APICheckTests"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "APICheck",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "RepSheet", path: "$root")],
    targets: [
        .target(
            name: "APICheck", dependencies: [.product(name: "RepSheet", package: "RepSheet")]),
        .testTarget(
            name: "APICheckTests", dependencies: [.product(name: "RepSheet", package: "RepSheet")]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
# Every Swift block of the DocC article, each on its own (its `import` lines left out) as the body of
# a function, so a block that uses a name it does not define fails here.
rm -f "$work"/Sources/APICheck/Article*.swift
awk -v dir="$work/Sources/APICheck" '
    /^```swift$/ { blocks++; file = dir "/Article" blocks ".swift"
                   print "import Foundation\nimport RepSheet\n\nfunc articleExample" blocks "() async throws {" > file
                   inside = 1; next }
    /^```$/ && inside { print "}" > file; close(file); inside = 0; next }
    inside && !/^import / { print > file }
    END { if (blocks == 0) { print "no Swift block in the article" > "/dev/stderr"; exit 1 } }' \
    "$root/Sources/RepSheet/RepSheet.docc/RepSheet.md"
cp "$root/Tests/RenderTests/LibraryAPITests.swift" "$root/Tests/RenderTests/Tool.swift" "$work/Tests/APICheckTests/"
cd "$work"
swift build --build-tests
echo "public API check: the article and LibraryAPITests build against import RepSheet alone ($work)"
