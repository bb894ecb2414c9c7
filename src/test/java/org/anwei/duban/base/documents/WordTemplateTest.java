package org.anwei.duban.base.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordTemplateTest {

	@Test
	void a_placeholder_word_split_over_runs_is_found_and_replaced_in_the_first_runs_format() throws IOException {
		byte[] template = document(document -> {
			XWPFParagraph paragraph = document.createParagraph();
			run(paragraph, "文号：{{文", "仿宋", 16);
			run(paragraph, "号}}，期间 {{ 期间 }}。", "宋体", 10);
		});
		WordTemplate word = WordTemplate.of(template);
		assertThat(word.placeholders()).containsExactly("文号", "期间");

		try (XWPFDocument filled = read(word.fill(Map.of("文号", "安委办通〔2026〕3号", "期间", "十一月"), Map.of()))) {
			XWPFParagraph paragraph = filled.getParagraphs().getFirst();
			assertThat(paragraph.getText()).isEqualTo("文号：安委办通〔2026〕3号，期间 十一月。");
			assertThat(paragraph.getRuns()).singleElement().satisfies(run -> {
				assertThat(run.getFontFamily()).isEqualTo("仿宋");
				assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
			});
		}
	}

	@Test
	void a_block_alone_in_a_paragraph_becomes_a_table_or_paragraphs_in_place() throws IOException {
		byte[] template = document(document -> {
			run(document.createParagraph(), "前言", "仿宋", 16);
			run(document.createParagraph(), "{{排名表}}", "仿宋", 12);
			run(document.createParagraph(), "{{问责情况}}", "仿宋", 16);
			run(document.createParagraph(), "结尾", "仿宋", 16);
		});
		byte[] filled = WordTemplate.of(template)
			.fill(Map.of(),
					Map.of("排名表",
							new WordTemplate.Table(List.of("排名", "单位"),
									List.of(List.of("1", "应急管理局"), List.of("2", "住建局"))),
							"问责情况", new WordTemplate.Lines(List.of("1. 约谈甲。", "2. 通报乙。"))));
		try (XWPFDocument document = read(filled)) {
			List<IBodyElement> body = document.getBodyElements();
			assertThat(body).hasSize(5);
			assertThat(((XWPFParagraph) body.get(0)).getText()).isEqualTo("前言");
			XWPFTable table = (XWPFTable) body.get(1);
			assertThat(table.getNumberOfRows()).isEqualTo(3);
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("单位");
			assertThat(table.getRow(0).getCell(1).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
			assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("住建局");
			assertThat(table.getRow(1).getCell(1).getParagraphs().getFirst().getRuns().getFirst().getFontSizeAsDouble())
				.as("the placeholder paragraph's size")
				.isEqualTo(12.0);
			assertThat(((XWPFParagraph) body.get(2)).getText()).isEqualTo("1. 约谈甲。");
			assertThat(((XWPFParagraph) body.get(3)).getText()).isEqualTo("2. 通报乙。");
			assertThat(((XWPFParagraph) body.get(4)).getText()).isEqualTo("结尾");
		}
	}

	@Test
	void placeholders_in_table_cells_and_headers_are_filled_and_a_block_among_words_becomes_lines() throws IOException {
		byte[] template = document(document -> {
			XWPFTable table = document.createTable(1, 2);
			table.getRow(0).getCell(0).setText("发文：{{发文单位}}");
			table.getRow(0).getCell(1).setText("{{问责情况}}");
			new XWPFHeaderFooterPolicy(document).createHeader(XWPFHeaderFooterPolicy.DEFAULT)
				.createParagraph()
				.createRun()
				.setText("{{文号}}");
			run(document.createParagraph(), "见{{问责情况}}与{{未知}}", "仿宋", 16);
		});
		byte[] filled = WordTemplate.of(template)
			.fill(Map.of("发文单位", "安委办", "文号", "第3号"), Map.of("问责情况", new WordTemplate.Lines(List.of("约谈甲", "通报乙"))));
		try (XWPFDocument document = read(filled)) {
			XWPFTable table = document.getTables().getFirst();
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("发文：安委办");
			assertThat(table.getRow(0).getCell(1).getText()).contains("约谈甲").contains("通报乙");
			assertThat(document.getHeaderList().getFirst().getText()).contains("第3号");
			assertThat(document.getParagraphs().getLast().getText()).as("unfilled stays visible")
				.isEqualTo("见约谈甲\n通报乙与{{未知}}");
		}
	}

	@Test
	void bytes_that_are_no_word_document_are_refused_with_a_translatable_reason() {
		assertThatThrownBy(() -> WordTemplate.of("not a document".getBytes())).isInstanceOfSatisfying(
				DocumentException.class, ex -> assertThat(ex.messageKey()).isEqualTo("document.error.not-docx"));
		assertThatThrownBy(() -> WordTemplate.of(new byte[0])).isInstanceOfSatisfying(DocumentException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("document.error.empty"));
	}

	interface Content {

		void write(XWPFDocument document);

	}

	static byte[] document(Content content) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.write(document);
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(font);
		run.setFontSize(size);
	}

	private static XWPFDocument read(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

}
