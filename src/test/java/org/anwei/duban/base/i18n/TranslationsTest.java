package org.anwei.duban.base.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.anwei.duban.base.importing.ImportAction;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.meeting.MeetingKind;
import org.anwei.duban.meeting.MeetingLevel;
import org.anwei.duban.meeting.MeetingStatus;
import org.anwei.duban.directive.AssignmentRole;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.DirectiveStatus;
import org.anwei.duban.directive.Recurrence;
import org.anwei.duban.accountability.AccountabilityKind;
import org.anwei.duban.supervision.EscalationLevel;
import org.anwei.duban.extension.ExtensionState;
import org.anwei.duban.hazard.HazardAction;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardSource;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.HazardType;
import org.anwei.duban.hazard.ListingLevel;
import org.anwei.duban.hazard.PhotoPhase;
import org.anwei.duban.supervision.NoticeKind;
import org.anwei.duban.task.PartyRole;
import org.anwei.duban.task.PartyState;
import org.anwei.duban.task.ReportKind;
import org.anwei.duban.task.StatusLight;
import org.anwei.duban.task.TaskAction;
import org.anwei.duban.task.TaskStatus;
import org.anwei.duban.task.Urgency;
import org.anwei.duban.organization.DepartmentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language has every key, and every key the code uses exists. */
class TranslationsTest {

	/** Literal keys in the sources: "menu.x", "validation.y.z", … */
	private static final Pattern KEY = Pattern.compile(
			"\"((?:app|menu|action|filter|status|role|entity|error|login|setup|password|home|department|user|field|validation|import|audit|document|meeting|directive|task|extension|notification|accountability|token)\\.[A-Za-z0-9_.-]+)\"");

	@Test
	void all_languages_have_the_same_keys() throws IOException {
		assertThat(load("translations_zh_CN").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("translations").stringPropertyNames());
	}

	@Test
	void every_key_used_in_the_code_exists() throws IOException {
		Properties english = load("translations");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		// Field keys in services are translated as "field." + key.
		Set<String> expected = new TreeSet<>();
		for (String key : used) {
			if (key.endsWith(".") || key.endsWith("-")) {
				continue; // a prefix completed at run time, e.g. "audit.action." + action
			}
			boolean fieldKey = key.matches(
					"(department|user|meeting|directive|task|extension|accountability|token|hazard|supervision)\\.[a-z][A-Za-z]+")
					&& !english.containsKey(key);
			expected.add(fieldKey ? "field." + key : key);
		}
		Stream.of(DepartmentType.values()).map(DepartmentType::labelKey).forEach(expected::add);
		Stream.of(Role.values()).map(Role::labelKey).forEach(expected::add);
		Stream.of(ImportAction.values()).map(ImportAction::labelKey).forEach(expected::add);
		Stream.of(MeetingLevel.values()).map(MeetingLevel::labelKey).forEach(expected::add);
		Stream.of(MeetingKind.values()).map(MeetingKind::labelKey).forEach(expected::add);
		Stream.of(MeetingStatus.values()).map(MeetingStatus::labelKey).forEach(expected::add);
		Stream.of(DirectiveStatus.values()).map(DirectiveStatus::labelKey).forEach(expected::add);
		Stream.of(DirectiveCategory.values()).map(DirectiveCategory::labelKey).forEach(expected::add);
		Stream.of(Recurrence.values()).map(Recurrence::labelKey).forEach(expected::add);
		Stream.of(AssignmentRole.values()).map(AssignmentRole::labelKey).forEach(expected::add);
		Stream.of(TaskStatus.values()).map(TaskStatus::labelKey).forEach(expected::add);
		Stream.of(TaskAction.values()).map(TaskAction::labelKey).forEach(expected::add);
		Stream.of(Urgency.values()).map(Urgency::labelKey).forEach(expected::add);
		Stream.of(PartyRole.values()).map(PartyRole::labelKey).forEach(expected::add);
		Stream.of(PartyState.values()).map(PartyState::labelKey).forEach(expected::add);
		Stream.of(ReportKind.values()).map(ReportKind::labelKey).forEach(expected::add);
		Stream.of(ExtensionState.values()).map(ExtensionState::labelKey).forEach(expected::add);
		Stream.of(StatusLight.values()).map(StatusLight::labelKey).forEach(expected::add);
		Stream.of(EscalationLevel.values()).map(EscalationLevel::labelKey).forEach(expected::add);
		Stream.of(NoticeKind.values()).map(NoticeKind::labelKey).forEach(expected::add);
		Stream.of(AccountabilityKind.values()).map(AccountabilityKind::labelKey).forEach(expected::add);
		Stream.of(HazardLevel.values()).map(HazardLevel::labelKey).forEach(expected::add);
		Stream.of(HazardType.values()).map(HazardType::labelKey).forEach(expected::add);
		Stream.of(HazardSource.values()).map(HazardSource::labelKey).forEach(expected::add);
		Stream.of(HazardStatus.values()).map(HazardStatus::labelKey).forEach(expected::add);
		Stream.of(HazardAction.values()).map(HazardAction::labelKey).forEach(expected::add);
		Stream.of(ListingLevel.values()).map(ListingLevel::labelKey).forEach(expected::add);
		Stream.of(PhotoPhase.values()).map(PhotoPhase::labelKey).forEach(expected::add);
		assertThat(english.stringPropertyNames()).containsAll(expected);
	}

	@Test
	void chinese_is_the_default_and_english_is_one_switch_away() {
		Translations translations = new Translations();
		assertThat(translations.getTranslation("menu.home", null)).isEqualTo("工作台");
		assertThat(translations.getTranslation("menu.home", java.util.Locale.US)).isEqualTo("Home");
		assertThat(translations.getTranslation("validation.required", Languages.CHINESE, "编码")).isEqualTo("编码不能为空。");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
