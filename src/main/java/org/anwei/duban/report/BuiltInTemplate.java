package org.anwei.duban.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The template a committee starts from, in the usual layout of a 通报: title and number,
 * addressees, a section per subject, the issuer and date. Written with POI rather than
 * shipped as a binary so its text is reviewed like code; staff download it, change it in
 * Word and upload their version.
 */
final class BuiltInTemplate {

	private static final String BODY_FONT = "仿宋";

	private static final String HEADING_FONT = "黑体";

	private BuiltInTemplate() {
	}

	static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			line(document, "安全生产工作落实情况通报", ParagraphAlignment.CENTER, "宋体", 22, true);
			line(document, ReportPlaceholder.NUMBER.written(), ParagraphAlignment.CENTER, BODY_FONT, 16, false);
			line(document, "各成员单位：", ParagraphAlignment.LEFT, BODY_FONT, 16, false);
			body(document, "现将" + ReportPlaceholder.MONTH.written() + "（" + ReportPlaceholder.PERIOD.written()
					+ "）安全生产委员会议定事项和工作任务落实、隐患排查治理及督查问责情况通报如下。");
			heading(document, "一、工作任务落实情况");
			body(document, ReportPlaceholder.TASK_SUMMARY.written());
			body(document, "各成员单位综合得分及排名如下：");
			block(document, ReportPlaceholder.RANKING);
			heading(document, "二、超期未完成任务");
			body(document, "以下任务在本月到期但未按期完成，请牵头单位说明原因，限期办结：");
			block(document, ReportPlaceholder.OVERDUE_TASKS);
			heading(document, "三、隐患排查治理情况");
			body(document, ReportPlaceholder.HAZARD_SUMMARY.written());
			body(document, "未销号隐患区域分布：");
			block(document, ReportPlaceholder.HAZARDS_BY_DISTRICT);
			body(document, "未销号隐患行业分布：");
			block(document, ReportPlaceholder.HAZARDS_BY_INDUSTRY);
			heading(document, "四、暗查暗访发现问题");
			body(document, "本月暗查暗访共发现问题 " + ReportPlaceholder.FINDINGS.written() + " 个：");
			block(document, ReportPlaceholder.UNANNOUNCED);
			heading(document, "五、约谈、通报和问责情况");
			body(document, ReportPlaceholder.ACCOUNTABILITY.written());
			heading(document, "六、下步工作要求");
			body(document, "（由安委办根据本月情况撰写。）");
			line(document, ReportPlaceholder.COMMITTEE.written(), ParagraphAlignment.RIGHT, BODY_FONT, 16, false);
			line(document, ReportPlaceholder.DATE.written(), ParagraphAlignment.RIGHT, BODY_FONT, 16, false);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void heading(XWPFDocument document, String text) {
		line(document, text, ParagraphAlignment.LEFT, HEADING_FONT, 16, false);
	}

	/** A body paragraph, first line indented by two characters. */
	private static void body(XWPFDocument document, String text) {
		line(document, text, ParagraphAlignment.LEFT, BODY_FONT, 16, false).setIndentationFirstLine(640);
	}

	/** A table's placeholder, in the size its cells take. */
	private static void block(XWPFDocument document, ReportPlaceholder placeholder) {
		line(document, placeholder.written(), ParagraphAlignment.LEFT, BODY_FONT, 12, false);
	}

	private static XWPFParagraph line(XWPFDocument document, String text, ParagraphAlignment alignment, String font,
			int size, boolean bold) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
		return paragraph;
	}

}
