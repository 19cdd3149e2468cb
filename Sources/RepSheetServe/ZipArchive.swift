import Foundation

/// A ZIP archive whose files are stored uncompressed (PDFs are compressed already).
struct ZipArchive {
    private var body = Data()
    private var directory = Data()
    private var count = 0

    /// Adds a file; `name` is kept as given (ASCII file names from `FileSlug`).
    mutating func add(name: String, data: Data) {
        let nameBytes = Data(name.utf8)
        let crc = Self.crc32(data)
        let offset = UInt32(body.count)
        // Local file header.
        var local = Data()
        local.append(le32(0x0403_4b50))
        local.append(le16(20))  // version needed
        local.append(le16(0x0800))  // UTF-8 names
        local.append(le16(0))  // stored
        local.append(le16(0))  // time
        local.append(le16(0x21))  // date: 1980-01-01, so the same input gives the same bytes
        local.append(le32(crc))
        local.append(le32(UInt32(data.count)))
        local.append(le32(UInt32(data.count)))
        local.append(le16(UInt16(nameBytes.count)))
        local.append(le16(0))
        local.append(nameBytes)
        body.append(local)
        body.append(data)
        // Central directory entry.
        var entry = Data()
        entry.append(le32(0x0201_4b50))
        entry.append(le16(20))
        entry.append(le16(20))
        entry.append(le16(0x0800))
        entry.append(le16(0))
        entry.append(le16(0))
        entry.append(le16(0x21))
        entry.append(le32(crc))
        entry.append(le32(UInt32(data.count)))
        entry.append(le32(UInt32(data.count)))
        entry.append(le16(UInt16(nameBytes.count)))
        entry.append(le16(0))  // extra
        entry.append(le16(0))  // comment
        entry.append(le16(0))  // disk
        entry.append(le16(0))  // internal attributes
        entry.append(le32(0o100644 << 16))  // external attributes: a regular file, rw-r--r--
        entry.append(le32(offset))
        entry.append(nameBytes)
        directory.append(entry)
        count += 1
    }

    /// The whole archive.
    var data: Data {
        var end = Data()
        end.append(le32(0x0605_4b50))
        end.append(le16(0))
        end.append(le16(0))
        end.append(le16(UInt16(count)))
        end.append(le16(UInt16(count)))
        end.append(le32(UInt32(directory.count)))
        end.append(le32(UInt32(body.count)))
        end.append(le16(0))
        return body + directory + end
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 of `data`, as ZIP uses it.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

private func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
private func le32(_ value: UInt32) -> Data { Data((0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) }) }
