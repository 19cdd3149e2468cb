// Small pieces of the finishing pass: C strings for errors, XML escaping, the XMP packet.
#ifndef REPSHEET_PDF_TEXT_HPP
#define REPSHEET_PDF_TEXT_HPP

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

namespace repsheet {

/// `text` as a C string the caller frees; nullptr when memory runs out.
inline char *copy_string(std::string const &text) {
    char *result = static_cast<char *>(std::malloc(text.size() + 1));
    if (result) std::memcpy(result, text.c_str(), text.size() + 1);
    return result;
}

/// `text` with XML's five special characters (four here: no apostrophes are written) escaped.
inline std::string xml_escape(std::string const &text) {
    std::string result;
    for (char c : text) {
        switch (c) {
        case '&': result += "&amp;"; break;
        case '<': result += "&lt;"; break;
        case '>': result += "&gt;"; break;
        case '"': result += "&quot;"; break;
        default: result += c;
        }
    }
    return result;
}

/// The document's XMP metadata: its title and creator, and the PDF/UA mark.
inline std::string xmp_packet(char const *title, char const *creator) {
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
           xml_escape(title ? title : "") +
           "</rdf:li></rdf:Alt></dc:title>"
           "<dc:creator><rdf:Seq><rdf:li>" +
           xml_escape(creator ? creator : "RepSheet") +
           "</rdf:li></rdf:Seq></dc:creator>"
           "<pdfuaid:part>1</pdfuaid:part>"
           "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>";
}

}  // namespace repsheet

#endif
