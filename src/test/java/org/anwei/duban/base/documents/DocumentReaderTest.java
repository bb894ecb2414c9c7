package org.anwei.duban.base.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {

	@Test
	void reads_plain_text_in_the_encodings_offices_use() {
		String speech = "会议要求：一是各单位要加强值班值守。";
		assertThat(DocumentReader.read(speech.getBytes(Charset.forName("GBK")), "讲话.txt").text()).isEqualTo(speech);
		assertThat(DocumentReader.read(speech.getBytes(StandardCharsets.UTF_8), "讲话.txt").encoding())
			.isEqualTo("UTF-8");
	}

	@Test
	void reads_word_documents_whatever_they_are_called() throws IOException {
		byte[] docx = docx("一是要压实责任；二是要加强检查。");
		assertThat(DocumentReader.read(docx, "minutes.docx").text()).contains("一是要压实责任");
		assertThat(DocumentReader.read(docx, "renamed.txt").format()).isEqualTo("docx");
	}

	@Test
	void reads_the_text_layer_of_a_pdf_and_says_so_when_there_is_none() throws IOException {
		assertThat(DocumentReader.read(pdf("All units must report by 30 November."), "notice.pdf").text())
			.contains("All units must report");
		assertThatThrownBy(() -> DocumentReader.read(pdf(null), "scan.pdf")).isInstanceOfSatisfying(
				DocumentException.class, ex -> assertThat(ex.messageKey()).isEqualTo("document.error.scanned-pdf"));
	}

	@Test
	void junk_corrupt_empty_and_oversized_files_get_clear_messages() {
		byte[] junk = new byte[4096];
		new java.util.Random(7).nextBytes(junk);
		assertThatThrownBy(() -> DocumentReader.read(junk, "speech.docx")).hasMessage("document.error.not-docx");
		assertThatThrownBy(() -> DocumentReader.read("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), "a.pdf"))
			.hasMessage("document.error.not-pdf");
		assertThatThrownBy(
				() -> DocumentReader.read("PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1), "a.docx"))
			.hasMessage("document.error.not-docx");
		assertThatThrownBy(() -> DocumentReader.read(new byte[0], "a.txt")).hasMessage("document.error.empty");
		assertThatThrownBy(() -> DocumentReader.read(new byte[DocumentReader.MAX_BYTES + 1], "a.txt"))
			.hasMessage("document.error.too-large");
	}

	static byte[] docx(String paragraph) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(paragraph);
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf(String line) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			if (line != null) {
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 700);
					content.showText(line);
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
