package org.anwei.duban.hazard;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestImages;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.organization.DepartmentService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 一案一档 PDF reads back with its fields, photos, acceptance and history in Chinese. */
class HazardDossierTest extends SignedInAsAdminTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	HazardDossier dossier;

	@Autowired
	DepartmentService departments;

	@Test
	void the_file_holds_the_record_the_photos_and_the_history() throws IOException {
		String unit = "一案一档化工厂" + System.nanoTime();
		this.users.login(TestUsers.DEPT_YJJ);
		HazardDetails h = this.hazards.register(HazardTestData.general(unit,
				DirectiveTestData.department(this.departments, "YJJ").id(), TODAY, TODAY.plusDays(10)),
				List.of(new Upload("整改前.png", TestImages.png(160, 120, Color.RED))));
		h = this.hazards.start(h.id(), h.version());
		h = this.hazards.reportRectified(h.id(), h.version(), "已更换报警器。",
				List.of(new Upload("整改后.png", TestImages.png(160, 120, Color.GREEN))));
		this.users.login(TestUsers.STAFF);
		HazardDetails closed = this.hazards.accept(h.id(), h.version(), true, "现场核查，整改到位。", List.of());

		byte[] pdf = this.dossier.pdf(closed.id(), Locale.SIMPLIFIED_CHINESE);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("隐患一案一档", closed.number(), unit, "五落实", "现场核查，整改到位。", "整改前", "整改后", "销号");
			int images = 0;
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					images += page.getResources().isImageXObject(name) ? 1 : 0;
				}
			}
			assertThat(images).as("photos before and after").isEqualTo(2);
		}

		this.users.login(TestUsers.DEPT_ZJJ);
		long id = closed.id();
		assertThatThrownBy(() -> this.dossier.pdf(id, Locale.SIMPLIFIED_CHINESE)).isInstanceOf(NotFoundException.class);
	}

}
