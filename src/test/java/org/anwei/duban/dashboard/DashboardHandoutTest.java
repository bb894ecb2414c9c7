package org.anwei.duban.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskFigureFixture;
import org.anwei.duban.task.TaskFigureFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.anwei.duban.task.TaskFigureFixture.MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard handout read back with PDFBox: Chinese text intact with the font
 * embedded, the fixture department's figures, and charts drawn (their colours are on the
 * rendered page).
 */
class DashboardHandoutTest extends SignedInAsAdminTest {

	@Autowired
	DashboardHandout handout;

	@Autowired
	TaskFigureFixtures fixtures;

	@Autowired
	DepartmentService departments;

	@Test
	void the_handout_holds_the_figures_charts_and_ranking_in_chinese_with_the_font_embedded() throws IOException {
		TaskFigureFixture f = this.fixtures.create();
		String name = this.departments.get(f.first).name();
		this.users.login(TestUsers.STAFF);
		DashboardFilter filter = new DashboardFilter(ReportingPeriod.of(MONTH), null, f.first, null, null);

		byte[] pdf = this.handout.pdf(filter, Locale.SIMPLIFIED_CHINESE, "范围：全部成员单位 · " + name);

		if (System.getenv("ANWEI_KEEP_PDF") != null) {
			java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("ANWEI_KEEP_PDF")), pdf);
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text)
				.contains("安全生产工作领导驾驶舱", "范围：全部成员单位 · " + name, "按期办结率", "33.3%", "在办任务红黄绿灯", "近12个月任务走势", "会议议定事项落实进度",
						"综合得分", "15.3")
				.doesNotContain("□");
			assertThat(fonts(document)).isNotEmpty()
				.allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 40);
			assertThat(pixelsLike(page, DashboardHandout.RED)).as("the red lights' bar").isPositive();
			assertThat(pixelsLike(page, DashboardHandout.BLUE)).as("the issued bars of the trend").isPositive();
		}
	}

	@Test
	void english_readers_get_an_english_handout_and_liaisons_none() throws IOException {
		TaskFigureFixture f = this.fixtures.create();
		this.users.login(f.leader);
		DashboardFilter filter = new DashboardFilter(ReportingPeriod.of(MONTH), null, null, null, null);
		try (PDDocument document = Loader.loadPDF(this.handout.pdf(filter, Locale.ENGLISH, "Scope"))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Work safety dashboard",
					this.departments.get(f.first).name());
		}
		this.users.login(f.firstLiaison);
		assertThatThrownBy(() -> this.handout.pdf(filter, Locale.ENGLISH, ""))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (COSName font : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(font));
			}
		}
		return fonts;
	}

	private static long pixelsLike(BufferedImage image, java.awt.Color color) {
		long count = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				java.awt.Color pixel = new java.awt.Color(image.getRGB(x, y));
				if (Math.abs(pixel.getRed() - color.getRed()) < 12 && Math.abs(pixel.getGreen() - color.getGreen()) < 12
						&& Math.abs(pixel.getBlue() - color.getBlue()) < 12) {
					count++;
				}
			}
		}
		return count;
	}

}
