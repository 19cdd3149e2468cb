extension PictureOrientation {
    /// The Orientation tag (0x0112) of the first image directory of an EXIF block: the body of a
    /// JPEG's APP1 segment, "Exif\0\0" then a TIFF header in either byte order. `nil` when the
    /// block is not EXIF, is damaged, has no Orientation or one outside 1–8.
    package init?(exif body: ArraySlice<UInt8>) {
        guard body.count >= 14, body.prefix(6).elementsEqual([0x45, 0x78, 0x69, 0x66, 0, 0]) else { return nil }
        self.init(tiff: body.dropFirst(6))
    }

    /// The Orientation tag of a PNG's `eXIf` chunk: a TIFF header and its first image directory
    /// (some programs write "Exif\0\0" before it, as in a JPEG).
    package init?(pngExif body: ArraySlice<UInt8>) {
        if let orientation = PictureOrientation(exif: body) {
            self = orientation
        } else {
            self.init(tiff: body)
        }
    }

    /// The Orientation tag of a TIFF header's first image directory, in either byte order.
    private init?(tiff body: ArraySlice<UInt8>) {
        let bytes = Array(body)
        guard bytes.count >= 8 else { return nil }
        let tiff = 0
        let littleEndian: Bool
        switch (bytes[tiff], bytes[tiff + 1]) {
        case (0x49, 0x49): littleEndian = true
        case (0x4D, 0x4D): littleEndian = false
        default: return nil
        }
        /// The `count`-byte number at `offset` from the TIFF header, `nil` past the end.
        func number(_ offset: Int, _ count: Int) -> Int? {
            let start = tiff + offset
            guard offset >= 0, start + count <= bytes.count else { return nil }
            let slice = bytes[start..<start + count]
            return (littleEndian ? slice.reversed() : Array(slice)).reduce(0) { $0 << 8 | Int($1) }
        }
        guard number(2, 2) == 42, let directory = number(4, 4), let entries = number(directory, 2) else {
            return nil
        }
        for index in 0..<entries {
            let entry = directory + 2 + index * 12
            guard let tag = number(entry, 2) else { return nil }
            guard tag == 0x0112 else { continue }
            // A SHORT (type 3), one of it, held in the first two bytes of the value field.
            guard number(entry + 2, 2) == 3, let value = number(entry + 8, 2) else { return nil }
            self.init(rawValue: value)
            return
        }
        return nil
    }
}
