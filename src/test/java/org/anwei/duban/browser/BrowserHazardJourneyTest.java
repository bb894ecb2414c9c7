package org.anwei.duban.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardFilter;
import org.anwei.duban.hazard.HazardListItem;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.PhotoPhase;
import org.anwei.duban.hazard.RecheckItem;
import org.anwei.duban.hazard.RecheckService;
import org.anwei.duban.hazard.RecheckStatus;
import org.anwei.duban.inspection.InspectionCommand;
import org.anwei.duban.inspection.InspectionKind;
import org.anwei.duban.inspection.InspectionService;
import org.anwei.duban.jurisdiction.JurisdictionMapService;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A major hazard's whole life on a phone: found with a photo during an unannounced visit
 * and registered on the spot; rectified by the department, failed at acceptance, fixed,
 * accepted and closed out; drawn for 回头看 and found back (a rebound); then the
 * distribution map with the demo city's districts and the hazard's markers.
 */
class BrowserHazardJourneyTest extends BrowserTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	InspectionService inspections;

	@Autowired
	HazardQueries hazards;

	@Autowired
	RecheckService rechecks;

	@Autowired
	JurisdictionMapService maps;

	@Autowired
	DepartmentService departments;

	@Autowired
	TestUsers users;

	@Test
	void a_major_hazard_found_on_a_visit_is_closed_out_rebounds_and_shows_on_the_map() throws Exception {
		String unit = "浏览器化工" + Long.toString(System.nanoTime(), 36) + "公司";
		long visit = unannouncedVisitTo(unit);
		Path photo = Files.createTempFile("隐患现场", ".png");
		ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

		// the inspector registers what they found, on their phone, with a photo
		WebDriverWait wait = signInAsDemo(TestUsers.STAFF);
		driver.get(url("inspections/" + visit));
		click(wait, "inspection-add-hazard");
		choose(wait, "hazard-industry", "危险化学品");
		type(wait, "hazard-address", "城东区滨江路 188 号储罐区");
		type(wait, "hazard-latitude", "30.268");
		type(wait, "hazard-longitude", "120.214");
		type(wait, "hazard-description", "液氨储罐区可燃气体报警器全部失效，现场无人值守。");
		choose(wait, "hazard-level", "重大隐患");
		choose(wait, "hazard-type", "物的不安全状态");
		chooseFiltered(wait, "hazard-responsibleDepartment", "市应急管理局");
		type(wait, "hazard-rectificationOwner", "王厂长");
		type(wait, "hazard-measures", "停用储罐区，更换报警器并接入监控平台。");
		type(wait, "hazard-funds", "80000");
		pickDate(wait, "hazard-timeLimit", TODAY.plusDays(30));
		type(wait, "hazard-emergencyPlan", "《液氨泄漏现场处置方案》");
		attach(wait, "hazard-photos", photo);
		screenshot("hazard-register-phone");
		click(wait, "hazard-save");
		WebElement number = wait.until(d -> d.findElements(By.cssSelector("#inspection-findings a"))
			.stream()
			.filter(a -> a.getText().startsWith("YH-"))
			.findFirst()
			.orElse(null));
		HazardListItem registered = registered(unit);
		assertThat(number.getText()).isEqualTo(registered.number());

		// the department rectifies; the first rectification fails acceptance
		wait = switchTo(TestUsers.DEPT_YJJ, registered.id());
		click(wait, "hazard-start");
		waitForStatus(wait, "整改中");
		reportRectified(wait, "已更换报警器。");
		wait = switchTo(TestUsers.STAFF, registered.id());
		click(wait, "hazard-accept");
		chooseRadio(wait, "acceptance-passed", "验收不通过");
		type(wait, "acceptance-conclusion", "报警器未接入监控平台，不符合整改要求。");
		click(wait, "acceptance-confirm");
		waitForStatus(wait, "整改中");
		wait = switchTo(TestUsers.DEPT_YJJ, registered.id());
		reportRectified(wait, "报警器已接入监控平台，联动测试正常。");
		wait = switchTo(TestUsers.STAFF, registered.id());
		click(wait, "hazard-accept");
		type(wait, "acceptance-conclusion", "现场复核合格，同意销号。");
		click(wait, "acceptance-confirm");
		waitForStatus(wait, "已销号");
		screenshot("hazard-closed-phone");

		// 回头看 six weeks later: every major hazard is drawn; the department finds it back
		this.users.login(TestUsers.STAFF);
		this.rechecks.sample(TODAY.plusDays(45));
		RecheckItem item = this.rechecks.list(RecheckStatus.PENDING, PageRequest.of(0, 500))
			.stream()
			.filter(r -> r.hazardId() == registered.id())
			.findFirst()
			.orElseThrow();
		TestUsers.logout();
		driver.manage().deleteAllCookies();
		wait = signInAsDemo(TestUsers.DEPT_YJJ);
		driver.get(url("hazards/rechecks"));
		click(wait, "recheck-record-" + item.id());
		chooseRadio(wait, "recheck-passed", "反弹");
		type(wait, "recheck-conclusion", "报警器再次被断电，储罐区无人值守。");
		click(wait, "recheck-confirm");
		wait.until(
				d -> d.findElements(By.id("recheck-record-" + item.id())).stream().noneMatch(WebElement::isDisplayed));
		screenshot("hazard-rebound-phone");

		this.users.login(TestUsers.STAFF);
		HazardDetails closed = this.hazards.get(registered.id());
		assertThat(closed.status()).isEqualTo(HazardStatus.CLOSED);
		assertThat(closed.acceptances()).hasSize(2);
		assertThat(closed.photos()).filteredOn(p -> p.phase() == PhotoPhase.BEFORE).hasSize(1);
		List<HazardListItem> rebounds = this.hazards.list(
				new HazardFilter(unit, null, null, null, null, null, null, false, true, null, null),
				PageRequest.of(0, 5));
		assertThat(rebounds).singleElement().satisfies(r -> assertThat(r.reboundOfId()).isEqualTo(registered.id()));
		TestUsers.logout();

		// the distribution map: the demo city's districts and the hazards as markers
		showDemoCityMap();
		driver.manage().deleteAllCookies();
		wait = signInAsDemo(TestUsers.STAFF);
		driver.get(url("hazards/map?open=false"));
		wait.until(d -> Integer.parseInt(mapAttribute("data-regions")) == 5
				&& Integer.parseInt(mapAttribute("data-markers")) >= 2);
		screenshot("hazard-map-phone");
		script("document.querySelector('anwei-region-map').dispatchEvent(new CustomEvent('marker-click',"
				+ " {detail: {id: arguments[0]}}))", rebounds.getFirst().id());
		wait.until(d -> d.getCurrentUrl().endsWith("hazards/" + rebounds.getFirst().id()));
	}

	private long unannouncedVisitTo(String unit) {
		this.users.login(TestUsers.STAFF);
		long id = this.inspections
			.create(new InspectionCommand(TODAY, InspectionKind.UNANNOUNCED, "城东区危化企业暗访", "李科长", "",
					Set.of(DirectiveTestData.department(this.departments, "YJJ").id()), "城东区", List.of(unit), ""))
			.id();
		TestUsers.logout();
		return id;
	}

	private HazardListItem registered(String unit) {
		this.users.login(TestUsers.STAFF);
		try {
			return this.hazards
				.list(new HazardFilter(unit, null, null, null, null, null, null, false, false, null, null),
						PageRequest.of(0, 5))
				.getFirst();
		}
		finally {
			TestUsers.logout();
		}
	}

	private WebDriverWait switchTo(String username, long hazardId) {
		driver.manage().deleteAllCookies();
		WebDriverWait wait = signInAsDemo(username);
		driver.get(url("hazards/" + hazardId));
		wait.until(d -> !d.findElements(By.id("hazard-badges")).isEmpty());
		return wait;
	}

	private static void reportRectified(WebDriverWait wait, String text) {
		click(wait, "hazard-submit");
		type(wait, "report-text", text);
		click(wait, "report-send");
		waitForStatus(wait, "待验收");
	}

	private static void waitForStatus(WebDriverWait wait, String status) {
		wait.until(d -> d.findElement(By.id("hazard-badges")).getText().contains(status));
	}

	private static String mapAttribute(String name) {
		Object value = script("const m = document.querySelector('anwei-region-map');"
				+ " return m ? m.getAttribute(arguments[0]) : null;", name);
		return value == null ? "0" : value.toString();
	}

	private void showDemoCityMap() throws IOException {
		this.users.login(TestUsers.ADMIN);
		try (InputStream in = new ClassPathResource("demo/jurisdiction.geojson").getInputStream()) {
			this.maps.upload("jurisdiction.geojson", in.readAllBytes(), "name");
		}
		finally {
			TestUsers.logout();
		}
	}

}
