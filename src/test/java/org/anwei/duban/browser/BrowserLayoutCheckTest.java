package org.anwei.duban.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anwei.duban.AppRoutes;
import org.anwei.duban.TestImages;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.meeting.MeetingCommand;
import org.anwei.duban.meeting.MeetingKind;
import org.anwei.duban.meeting.MeetingLevel;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout check: every role's demo user opens every route that role may open — found
 * from the {@code @Route} annotations, so a new view is checked by being a route — on a
 * 1400 × 900 desktop and a 390 × 844 phone, and each page must show no sideways page
 * scrolling, no element wider than the window, no error notification, no untranslated
 * key, an empty state on every grid, and a name for every button, link and field in the
 * browser's accessibility tree. A screenshot of each page goes to
 * {@code target/screenshots/layout/} for a person to look at. All problems of a user are
 * listed together, then the test fails.
 */
class BrowserLayoutCheckTest extends BrowserTest {

	/** Route parameters the check knows how to fill with a real id of the user's. */
	private static final Set<String> KNOWN_PARAMETERS = Set.of("taskId", "meetingId", "documentId", "hazardId",
			"inspectionId");

	private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

	private static final Pattern UNTRANSLATED = Pattern.compile("!([a-z][\\w.-]*)!", Pattern.CASE_INSENSITIVE);

	/** Roles whose controls need a name a screen reader can say. */
	private static final Set<String> NAMED_ROLES = Set.of("button", "link", "menuitem", "checkbox", "textbox",
			"combobox", "tab", "switch", "radio", "searchbox", "spinbutton");

	enum Viewport {

		DESKTOP(1400, 900, 1, false), PHONE(390, 844, 2, true);

		final int width;

		final int height;

		final int scale;

		final boolean mobile;

		Viewport(int width, int height, int scale, boolean mobile) {
			this.width = width;
			this.height = height;
			this.scale = scale;
			this.mobile = mobile;
		}

	}

	private static long taskId;

	private static long meetingId;

	private static long documentId;

	private static long hazardId;

	private static long inspectionId;

	@Autowired
	TestUsers users;

	@Autowired
	MeetingService meetings;

	@Autowired
	TaskService taskService;

	@Autowired
	HazardService hazardService;

	@Autowired
	org.anwei.duban.inspection.InspectionService inspectionService;

	@Autowired
	DepartmentService departments;

	/** A browser whose size the test sets, instead of the other tests' fixed phone. */
	@BeforeAll
	static void resizableBrowser() {
		driver.quit();
		driver = startChrome(false);
	}

	@AfterEach
	void signedOutAgain() {
		TestUsers.logout();
	}

	/**
	 * Records the hardest cases to lay out, so every route has something to show: a task
	 * whose title is a whole directive sentence with a long unbroken run of Latin letters
	 * and digits, issued to 应急管理局 and to a department the leader oversees, and a meeting
	 * with a pasted speech.
	 */
	@BeforeEach
	void hardCasesExist() {
		if (taskId != 0) {
			return;
		}
		Set<Long> assisting = new java.util.HashSet<>();
		this.users.login(TestUsers.LEADER);
		AppUserPrincipal leader = (AppUserPrincipal) org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication()
			.getPrincipal();
		assisting.addAll(leader.overseenDepartmentIds());
		this.users.login(TestUsers.STAFF);
		try {
			long yjj = DirectiveTestData.department(this.departments, "YJJ").id();
			assisting.remove(yjj);
			taskId = this.taskService
				.create(new TaskCommand(
						"各级各部门要严格落实GB/T33000-2016《企业安全生产标准化基本规范》和AQ/T9006-2010的全部要求，"
								+ "对照https://www.mem.gov.cn/gk/zfxxgkpt/fdzdgknr/202611/t20261120_123456789.shtml"
								+ "逐项开展自查自纠并在十二月底前报送整改清单",
						"逐项对照标准开展自查自纠，建立问题清单、整改清单和责任清单。", null, Urgency.NORMAL, yjj,
						assisting.stream().limit(2).collect(java.util.stream.Collectors.toSet()),
						java.time.LocalDate.now().plusDays(25)))
				.id();
			MeetingDetails meeting = this.meetings.create(new MeetingCommand(
					"全市安全生产委员会全体（扩大）会议暨岁末年初安全防范和重大事故隐患专项排查整治工作推进会", java.time.LocalDate.now().minusDays(3),
					MeetingLevel.CITY, MeetingKind.PLENARY, null, Set.of(), null));
			meetingId = meeting.id();
			documentId = this.meetings
				.addPastedText(meeting.id(), "在全市安委会全体会议上的讲话",
						"同志们：一是要压实责任，市应急管理局牵头，各成员单位配合，十二月底前完成全面排查。" + "二是要突出重点，市住房和城乡建设局要加强燃气和自建房安全管理。")
				.id();
			hazardId = this.hazardService.register(
					HazardTestData.withCreditCode(
							HazardTestData.major("示范市城东区滨江路88号（原东方红化工厂旧址）液氨制冷储罐区暨GB18218-2018重大危险源辨识单元", yjj,
									java.time.LocalDate.now().minusDays(40), java.time.LocalDate.now().minusDays(5)),
							""),
					List.of(new Upload("现场.png", TestImages.png(120, 90, java.awt.Color.RED))))
				.id();
			inspectionId = this.inspectionService
				.create(new org.anwei.duban.inspection.InspectionCommand(java.time.LocalDate.now().minusDays(2),
						org.anwei.duban.inspection.InspectionKind.UNANNOUNCED,
						"岁末年初安全生产暗访督查第三组（危险化学品、城镇燃气、人员密集场所及在建工地重点时段专项暗访）", "市安委办副主任 王建国",
						"市应急管理局李明、市住建局赵磊、市消防救援支队陈刚、城东区应急管理局刘洋", Set.of(yjj), "城东区",
						List.of("示范市城东区滨江路88号（原东方红化工厂旧址）液氨制冷储罐区", "城东区金山路农贸市场", "城东区南湖商业综合体在建工地"),
						"不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场。"))
				.id();
			this.inspectionService.assignTask(inspectionId,
					new org.anwei.duban.inspection.FindingTaskCommand("城东区金山路农贸市场",
							"市场内餐饮商户普遍未安装燃气泄漏报警装置，软管超长且穿墙敷设，需组织全区农贸市场开展专项整治并建立长效机制。", yjj,
							java.time.LocalDate.now().plusDays(20), Urgency.EXPEDITED));
		}
		finally {
			TestUsers.logout();
		}
	}

	@ParameterizedTest(name = "every route of {0} on desktop and phone")
	@ValueSource(strings = { "", TestUsers.ADMIN, TestUsers.STAFF, TestUsers.LEADER, TestUsers.DEPT_YJJ })
	void every_route_fits_every_viewport_for(String username) {
		Set<Role> roles = username.isEmpty() ? Set.of() : rolesOf(username);
		Map<String, String> paths = pathsFor(username, roles);
		assertThat(paths).as("routes %s may open", username).isNotEmpty();
		if (!username.isEmpty()) {
			signInAsDemo(username);
		}
		List<String> problems = new ArrayList<>();
		for (Viewport viewport : Viewport.values()) {
			use(viewport);
			for (Map.Entry<String, String> route : paths.entrySet()) {
				open(route.getValue());
				String where = (username.isEmpty() ? "anonymous" : username) + " " + viewport + " /" + route.getValue();
				screenshot("layout/" + (username.isEmpty() ? "anonymous" : username) + "/"
						+ viewport.name().toLowerCase() + "/" + fileName(route.getKey()));
				check(where, viewport).forEach(problem -> problems.add(where + ": " + problem));
			}
		}
		assertThat(problems).as("layout problems").isEmpty();
	}

	/**
	 * The check itself: planted into a real page, each kind of problem it looks for is
	 * reported, so a passing layout check means the pages are clean, not that it is
	 * blind.
	 */
	@Test
	void the_check_reports_each_kind_of_problem_planted_in_a_page() {
		signInAsDemo(TestUsers.STAFF);
		use(Viewport.PHONE);
		open("");
		assertThat(check("clean home", Viewport.PHONE)).as("the home page before planting").isEmpty();
		script("""
				const view = document.querySelector('#home-greeting').parentElement;
				const wide = document.createElement('h2');
				wide.style.whiteSpace = 'nowrap';
				wide.textContent = '各级各部门要严格落实安全生产责任制并在十二月底前完成全面排查整治工作的要求';
				const hidden = document.createElement('div');
				hidden.style.overflow = 'hidden';
				hidden.style.width = '100px';
				const cut = document.createElement('span');
				cut.style.whiteSpace = 'nowrap';
				cut.style.display = 'block';
				cut.style.overflow = 'hidden';
				cut.textContent = '一段被悄悄截断、没有省略号的很长的文字内容';
				hidden.appendChild(cut);
				const button = document.createElement('button');
				const key = document.createElement('p');
				key.textContent = '!task.no-such-key!';
				const grid = document.createElement('vaadin-grid');
				grid.id = 'planted-grid';
				view.append(wide, hidden, button, key, grid);
				""");
		List<String> problems = check("planted", Viewport.PHONE);
		assertThat(problems).anyMatch(p -> p.startsWith("wider than the window: <h2>"))
			.anyMatch(p -> p.startsWith("text cut off: <span>"))
			.anyMatch(p -> p.startsWith("a button without an accessible name"))
			.anyMatch(p -> p.equals("untranslated key !task.no-such-key!"))
			.anyMatch(p -> p.equals("grid without an empty state: planted-grid"));
	}

	/**
	 * A liaison's list on a phone: the filters wait behind "筛选", the grid shows the
	 * light, the title with the department and status under it, and the deadline; the
	 * title is a link the keyboard reaches and opens.
	 */
	@Test
	void on_a_phone_the_task_list_folds_its_filters_and_columns_and_opens_a_task_from_the_keyboard() {
		signInAsDemo(TestUsers.DEPT_YJJ);
		use(Viewport.PHONE);
		// the hard case by its words: other tests may have filled the first page
		open("tasks?q=" + java.net.URLEncoder.encode("GB/T33000-2016", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(displayed("vaadin-select")).as("filters folded").isFalse();
		assertThat(visibleHeaders()).hasSize(3);
		script("document.querySelector('.filter-toggle').click();");
		new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> displayed("vaadin-select"));
		assertThat(script("return document.querySelector('.filter-toggle').getAttribute('aria-expanded');"))
			.isEqualTo("true");
		String details = (String) script(
				"return [...document.querySelectorAll('.phone-row-details')].map(e => e.innerText).join('|');");
		assertThat(details).contains("市应急管理局");
		WebElement link = driver.findElement(By.cssSelector("a[href='tasks/" + taskId + "']"));
		script("arguments[0].focus();", link);
		link.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().endsWith("/tasks/" + taskId));

		use(Viewport.DESKTOP);
		open("tasks");
		assertThat(displayed("vaadin-select")).as("filters in the row on a desk").isTrue();
		assertThat(visibleHeaders()).hasSize(5);
	}

	private static boolean displayed(String selector) {
		return Boolean.TRUE.equals(script(
				"const e = document.querySelector(arguments[0]); return !!e && e.getBoundingClientRect().width > 0;",
				selector));
	}

	@SuppressWarnings("unchecked")
	private static List<String> visibleHeaders() {
		return (List<String>) script("""
				return [...document.querySelectorAll('#task-grid > vaadin-grid-column')]
				  .filter(c => !c.hidden).map(c => c.header || '');
				""");
	}

	/**
	 * Each route the roles may open, with the path to open it by (a real id filled in).
	 */
	private Map<String, String> pathsFor(String username, Set<Role> roles) {
		Map<String, String> paths = new LinkedHashMap<>();
		Map<String, String> ids = username.isEmpty() ? Map.of() : sampleIds(username);
		AppRoutes.all().forEach((template, view) -> {
			if (!AppRoutes.mayOpen(view, roles) || (!roles.isEmpty() && isSignInPage(template))) {
				return;
			}
			Matcher parameter = PARAMETER.matcher(template);
			StringBuilder path = new StringBuilder();
			while (parameter.find()) {
				assertThat(KNOWN_PARAMETERS)
					.as("the layout check needs a sample id for :%s in %s", parameter.group(1), template)
					.contains(parameter.group(1));
				assertThat(ids).as("%s has a sample :%s", username, parameter.group(1)).containsKey(parameter.group(1));
				parameter.appendReplacement(path, ids.get(parameter.group(1)));
			}
			parameter.appendTail(path);
			paths.put(template, path.toString());
		});
		return paths;
	}

	private static boolean isSignInPage(String template) {
		return template.equals("login") || template.equals("setup");
	}

	/** The hard cases' ids, for the routes the user may open. */
	private Map<String, String> sampleIds(String username) {
		Set<Role> roles = rolesOf(username);
		Map<String, String> ids = new LinkedHashMap<>();
		if (AppRoutes.mayOpen(AppRoutes.all().get("tasks/:taskId"), roles)) {
			ids.put("taskId", String.valueOf(taskId));
		}
		if (AppRoutes.mayOpen(AppRoutes.all().get("hazards/:hazardId"), roles)) {
			ids.put("hazardId", String.valueOf(hazardId));
		}
		if (AppRoutes.mayOpen(AppRoutes.all().get("inspections/:inspectionId"), roles)) {
			ids.put("inspectionId", String.valueOf(inspectionId));
		}
		if (AppRoutes.mayOpen(AppRoutes.all().get("meetings/:meetingId"), roles)) {
			ids.put("meetingId", String.valueOf(meetingId));
			ids.put("documentId", String.valueOf(documentId));
		}
		return ids;
	}

	private Set<Role> rolesOf(String username) {
		this.users.login(username);
		try {
			AppUserPrincipal principal = (AppUserPrincipal) org.springframework.security.core.context.SecurityContextHolder
				.getContext()
				.getAuthentication()
				.getPrincipal();
			return principal.roles();
		}
		finally {
			TestUsers.logout();
		}
	}

	private void open(String path) {
		driver.get(url(path));
		new WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script("""
				const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
				if (document.readyState !== 'complete' || !clients || Object.keys(clients).length === 0) return false;
				return Object.values(clients).every(c => !c.isActive || !c.isActive());
				""")));
		// The development tools' panel is not part of the product (production builds
		// leave it out).
		script("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove());");
		// Grids and overlays render in the next animation frames.
		script("return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250))));");
	}

	private List<String> check(String where, Viewport viewport) {
		List<String> problems = new ArrayList<>();
		Number pageWidth = (Number) script("return document.documentElement.scrollWidth;");
		Number innerWidth = (Number) script("return window.innerWidth;");
		assertThat(innerWidth.intValue()).as(where + ": the window").isEqualTo(viewport.width);
		if (pageWidth.intValue() > innerWidth.intValue()) {
			problems.add("the page scrolls sideways (" + pageWidth + " px wide in a " + innerWidth + " px window)");
		}
		@SuppressWarnings("unchecked")
		List<String> wide = (List<String>) script(WIDER_THAN_THE_WINDOW);
		wide.forEach(element -> problems.add("wider than the window: " + element));
		@SuppressWarnings("unchecked")
		List<String> cut = (List<String>) script(CUT_OFF_TEXT);
		cut.forEach(element -> problems.add("text cut off: " + element));
		Number errors = (Number) script(
				"return document.querySelectorAll('vaadin-notification-card[theme~=\"error\"], .v-system-error').length;");
		if (errors.intValue() > 0) {
			problems.add(errors + " error notification(s)");
		}
		Matcher untranslated = UNTRANSLATED.matcher((String) script(VISIBLE_TEXT));
		while (untranslated.find()) {
			problems.add("untranslated key " + untranslated.group());
		}
		@SuppressWarnings("unchecked")
		List<String> gridsWithoutEmptyState = (List<String>) script("""
				return [...document.querySelectorAll('vaadin-grid')]
				  .filter(g => !g.querySelector(':scope > [slot="empty-state"]'))
				  .map(g => g.id || g.className || 'vaadin-grid');
				""");
		gridsWithoutEmptyState.forEach(grid -> problems.add("grid without an empty state: " + grid));
		problems.addAll(unnamedControls());
		return problems;
	}

	/**
	 * Controls the accessibility tree gives no name (a screen reader would say "button"),
	 * or that cannot be reached with the keyboard.
	 */
	private List<String> unnamedControls() {
		ChromeDriver chrome = (ChromeDriver) driver;
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) chrome
			.executeCdpCommand("Accessibility.getFullAXTree", Map.of())
			.get("nodes");
		List<String> problems = new ArrayList<>();
		for (Map<String, Object> node : nodes) {
			if (Boolean.TRUE.equals(node.get("ignored"))) {
				continue;
			}
			String role = value(node.get("role"));
			if (!NAMED_ROLES.contains(role)) {
				continue;
			}
			boolean disabled = hasProperty(node, "disabled", true);
			if (value(node.get("name")).isBlank()) {
				problems.add("a " + role + " without an accessible name: " + describe(chrome, node));
			}
			else if (!disabled && !role.equals("textbox") && !hasProperty(node, "focusable", true)
					&& !hasProperty(node, "focused", true)) {
				problems.add("a " + role + " the keyboard cannot reach: “" + value(node.get("name")) + "” "
						+ describe(chrome, node));
			}
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private static boolean hasProperty(Map<String, Object> node, String name, Object expected) {
		Object properties = node.get("properties");
		if (!(properties instanceof List<?> list)) {
			return false;
		}
		return list.stream()
			.map(p -> (Map<String, Object>) p)
			.anyMatch(p -> name.equals(p.get("name"))
					&& expected.equals(((Map<String, Object>) p.get("value")).get("value")));
	}

	@SuppressWarnings("unchecked")
	private static String value(Object holder) {
		if (holder instanceof Map<?, ?> map && map.get("value") != null) {
			return String.valueOf(((Map<String, Object>) map).get("value"));
		}
		return "";
	}

	@SuppressWarnings("unchecked")
	private static String describe(ChromeDriver chrome, Map<String, Object> node) {
		Object backendId = node.get("backendDOMNodeId");
		if (backendId == null) {
			return "(no DOM node)";
		}
		Map<String, Object> described = (Map<String, Object>) chrome
			.executeCdpCommand("DOM.describeNode", Map.of("backendNodeId", backendId, "depth", 1))
			.get("node");
		return "<" + String.valueOf(described.get("nodeName")).toLowerCase() + " " + described.get("attributes") + ">";
	}

	private static void use(Viewport viewport) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width,
				"height", viewport.height, "deviceScaleFactor", viewport.scale, "mobile", viewport.mobile));
	}

	private static String fileName(String template) {
		return template.isEmpty() ? "home" : template.replaceAll("[^\\w-]+", "_");
	}

	/** The text a person sees, and the labels and names read out for them. */
	private static final String VISIBLE_TEXT = """
			const parts = [document.body.innerText];
			const walk = root => root.querySelectorAll('*').forEach(el => {
			  for (const a of ['label', 'placeholder', 'aria-label', 'title', 'helper-text', 'error-message']) {
			    const v = el.getAttribute(a); if (v) parts.push(v);
			  }
			  if (el.shadowRoot) walk(el.shadowRoot);
			});
			walk(document);
			return parts.join('\\n');
			""";

	/**
	 * Text that its own box clips without an ellipsis (an ellipsis says "there is more";
	 * a silent cut does not). Only the page's own elements: the components' insides clip
	 * on purpose.
	 */
	private static final String CUT_OFF_TEXT = """
			return [...document.querySelectorAll('body *')]
			  .filter(el => !el.tagName.includes('-') && el.childElementCount === 0 && (el.innerText || '').trim())
			  .filter(el => {
			    const s = getComputedStyle(el);
			    return ['hidden', 'clip'].includes(s.overflowX) && s.textOverflow !== 'ellipsis'
			      && el.scrollWidth > el.clientWidth + 1;
			  })
			  .slice(0, 5)
			  .map(el => '<' + el.tagName.toLowerCase() + '> “' + el.innerText.trim().slice(0, 40) + '”');
			""";

	/**
	 * Elements wider than the window, unless inside a box that scrolls on its own (a grid
	 * scrolls its own columns, a map pans its own layers; the page must not). A box that
	 * hides the overflow does not excuse them: that is text cut off. Only the outermost
	 * offender of a chain is named.
	 */
	private static final String WIDER_THAN_THE_WINDOW = """
			const vw = window.innerWidth;
			const SCROLLERS = ['VAADIN-GRID', 'VAADIN-SCROLLER', 'VAADIN-TEXT-AREA'];
			// a map pans its own layers by dragging and clips what lies outside its frame
			const PANNERS = ['ANWEI-REGION-MAP'];
			const parent = el => el.assignedSlot || el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
			const scrollsOnItsOwn = a => {
			  const host = a.getRootNode() && a.getRootNode().host;
			  return SCROLLERS.includes(a.tagName) || (host && SCROLLERS.includes(host.tagName))
			    || a.classList.contains('directive-source');
			};
			const clipped = el => {
			  for (let a = parent(el); a && a !== document.documentElement; a = parent(a)) {
			    const s = getComputedStyle(a);
			    const scrolls = ['auto', 'scroll'].includes(s.overflowX) && scrollsOnItsOwn(a);
			    if ((scrolls || PANNERS.includes(a.tagName)) && a.getBoundingClientRect().width <= vw + 1) return true;
			  }
			  return false;
			};
			const wide = [];
			const walk = root => root.querySelectorAll('*').forEach(el => {
			  if (el.shadowRoot) walk(el.shadowRoot);
			  const r = el.getBoundingClientRect();
			  if (r.width > vw + 1 && getComputedStyle(el).visibility !== 'hidden' && !clipped(el)) wide.push(el);
			});
			walk(document);
			const outermost = wide.filter(el => { for (let a = parent(el); a; a = parent(a)) if (wide.includes(a)) return false; return true; });
			return outermost.slice(0, 5).map(el => '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			  + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
			  + '> ' + Math.round(el.getBoundingClientRect().width) + ' px “' + (el.innerText || '').trim().slice(0, 40) + '”');
			""";

}
