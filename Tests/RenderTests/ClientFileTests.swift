import Foundation
import RepSheet
import XCTest

/// Client lists a spreadsheet might export, read through the public API.
final class ClientFileTests: XCTestCase {
    func problems(_ text: String, format: ClientFile.Format = .csv) -> String {
        do {
            let file = try ClientFile.parse(data: Data(text.utf8), fileName: "clients.csv", format: format)
            return file.problems.map(\.description).joined(separator: "\n")
        } catch {
            return error.description
        }
    }

    func testSemicolonSeparatedFileGetsAHint() {
        XCTAssertEqual(
            problems("name;date\nJane;2026-12-01\n"),
            """
            clients.csv:1:1: error: unknown column `name;date`; a client file has the columns `name`, `date`, `provider` and `notes` (the columns seem to be separated by `;`: save the file as comma-separated (CSV) values)
            clients.csv:1:1: error: the header row has no `name` column; the first row must name the columns, such as `name,date`
            """)
    }

    /// An unknown key in a YAML client list is worded as in a routine or a layout file.
    func testAnUnknownClientKeyListsTheKeysAClientTakes() {
        XCTAssertEqual(
            problems("- name: Jane\n  wobble: 1\n", format: .yaml),
            "clients.csv:2:3: error: unknown key `wobble` in a client; a client takes `name`, `date`, `provider`, "
                + "`notes`, `keep-routine-notes`, `defaults`, `steps`, `skip`, `layout`, `language` and `routines`")
    }

    /// A name over two lines would print across the sheet's Name line; in a CSV file it is most
    /// often a quote left open. Notes may take several lines.
    func testANameOrProviderOverTwoLinesIsAnError() {
        XCTAssertEqual(
            problems("name,provider,notes\nJane Roe,Clinic,\"Line one\nline two\"\n\"Line\nBreak\",Clinic,\n"),
            "clients.csv:4:1: error: name must be on one line, found a line break (in a CSV file, a quote left open "
                + "joins the rows after it)")
        XCTAssertEqual(
            problems("- name: Jane Roe\n  provider: \"Riverside\\nClinic\"\n", format: .yaml),
            "clients.csv:2:13: error: provider must be on one line, found a line break (in a CSV file, a quote left "
                + "open joins the rows after it)")
    }

    func testHeaderWithoutClientsIsAnError() {
        XCTAssertEqual(
            problems("name,date\n\n"),
            "clients.csv:1:1: error: the client file names no clients; add a row (or a `- name:` entry) for each client"
        )
        XCTAssertEqual(
            problems("[]\n", format: .yaml),
            "clients.csv:1:1: error: the client file names no clients; add a row (or a `- name:` entry) for each client"
        )
    }

    func testCommaSeparatedFileReadsEveryClient() throws {
        let file = try ClientFile.parse(
            data: Data("name,date\nJane Doe,2026-12-01\n\"Lopez, Maria\",\n".utf8), fileName: "c.csv", format: .csv)
        XCTAssertEqual(file.clients.map(\.name), ["Jane Doe", "Lopez, Maria"])
        XCTAssertTrue(file.problems.isEmpty)
    }

    /// A spreadsheet saves an empty row as a line of commas: it is left out, not an error.
    func testRowsOfCommasAloneAreBlank() throws {
        let file = try ClientFile.parse(
            data: Data("name,date,provider,notes\nA,2026-12-01,,\n,,,\n , ,\t,\nB,2026-12-02,,\n".utf8),
            fileName: "c.csv", format: .csv)
        XCTAssertEqual(file.clients.map(\.name), ["A", "B"])
        XCTAssertEqual(file.problems, [])
        XCTAssertEqual(file.leftOut, 0)
    }

    func testAValueOfMillionsOfCharactersIsReadPastWithItsLengthNamed() throws {
        let notes = String(repeating: "x", count: 2_000_000)
        XCTAssertEqual(
            problems("name,notes\nJane,\"\(notes)\"\nSam,\(notes)\n"),
            """
            clients.csv:2:6: error: this value is more than 10000 characters long; the longest a client file takes is `notes`, of 5000
            clients.csv:3:5: error: this value is more than 10000 characters long; the longest a client file takes is `notes`, of 5000
            """)
    }

    func testLongUnknownColumnNamesAreNamedInPartAndCountsAgree() {
        let header = (1...12).map { String(repeating: "c", count: 60) + "\($0)" }.joined(separator: ",")
        let message = problems("name," + header + "\nJane" + String(repeating: ",", count: 12) + "\n")
        XCTAssertTrue(
            message.hasPrefix(
                "clients.csv:1:6: error: unknown columns `\(String(repeating: "c", count: 40))…`, "), message)
        XCTAssertTrue(message.contains("and 2 more; a client file has the columns"), message)
        XCTAssertLessThan(message.count, 1_000)
        XCTAssertEqual(
            problems("name\nJane,Doe\n"),
            "clients.csv:2:1: error: this row has 2 values but the header row names 1 column; put values that "
                + "contain commas in double quotes")
    }
}
