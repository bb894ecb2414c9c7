package org.anwei.duban.directive;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anwei.duban.base.importing.ImportColumn;
import org.anwei.duban.base.importing.ImportFileException;
import org.anwei.duban.base.importing.TabularFile;
import org.anwei.duban.base.importing.TabularRow;
import org.anwei.duban.base.importing.TextEncoding;
import org.anwei.duban.directive.extraction.Candidate;
import org.anwei.duban.directive.extraction.DepartmentDirectory;
import org.anwei.duban.directive.extraction.DirectiveExtractor;
import org.anwei.duban.directive.extraction.ExtractedDirective;
import org.anwei.duban.directive.extraction.ExtractionResult;

/**
 * {@code java -jar anwei-duban.jar extract [--meeting-date=YYYY-MM-DD] [--format=json|text] [--departments=FILE] FILE|-}
 * prints the directives of a text without starting the web server or touching a database.
 * The text may be UTF-8, GBK/GB18030 or UTF-16. Departments come from a department import
 * file (Excel/CSV with 全称, 简称, 别名) or, by default, from the demo city's directory shipped
 * with the application.
 */
public final class ExtractCommand {

	private static final String USAGE = "usage: extract [--meeting-date=YYYY-MM-DD] [--format=json|text] [--departments=FILE] FILE|-";

	private static final List<ImportColumn> DIRECTORY_COLUMNS = List.of(
			ImportColumn.required("name", "全称", "单位名称", "名称", "Name"),
			ImportColumn.optional("short", "简称", "Short name"),
			ImportColumn.optional("aliases", "别名", "曾用名", "Aliases"),
			ImportColumn.optional("code", "编码", "单位编码", "Code"), ImportColumn.optional("type", "类型", "单位类型", "Type"),
			ImportColumn.optional("parent", "上级编码", "上级单位编码", "Parent code"),
			ImportColumn.optional("person", "联系人", "Contact person"),
			ImportColumn.optional("phone", "联系电话", "Contact phone"));

	private ExtractCommand() {
	}

	/**
	 * Runs the command; returns the process exit code (0 done, 2 usage, 3 unreadable
	 * input).
	 */
	public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
		LocalDate meetingDate = null;
		String format = "json";
		String departments = null;
		String file = null;
		try {
			for (String arg : args) {
				if (arg.startsWith("--meeting-date=")) {
					meetingDate = LocalDate.parse(arg.substring("--meeting-date=".length()));
				}
				else if (arg.startsWith("--format=")) {
					format = arg.substring("--format=".length());
				}
				else if (arg.startsWith("--departments=")) {
					departments = arg.substring("--departments=".length());
				}
				else if (file == null && (arg.equals("-") || !arg.startsWith("--"))) {
					file = arg;
				}
				else {
					err.println(USAGE);
					return 2;
				}
			}
		}
		catch (DateTimeParseException ex) {
			err.println("--meeting-date must be YYYY-MM-DD: " + ex.getParsedString());
			return 2;
		}
		if (file == null || !(format.equals("json") || format.equals("text"))) {
			err.println(USAGE);
			return 2;
		}
		try {
			byte[] bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
			String text = TextEncoding.decode(bytes).text();
			DepartmentDirectory directory = departments == null ? demoDirectory()
					: directory(Files.readAllBytes(Path.of(departments)));
			ExtractionResult result = new DirectiveExtractor().extract(text, meetingDate, directory);
			out.println(format.equals("json") ? ExtractionJson.write(result) : text(result));
			return 0;
		}
		catch (IOException ex) {
			err.println("cannot read " + ex.getMessage());
			return 3;
		}
		catch (ImportFileException ex) {
			err.println("cannot read the input: " + ex.messageKey() + " " + ex.arguments());
			return 3;
		}
	}

	private static String text(ExtractionResult result) {
		StringBuilder out = new StringBuilder();
		for (ExtractedDirective d : result.directives()) {
			out.append(d.seq())
				.append(". ")
				.append(d.marker() == null ? "" : d.marker() + " ")
				.append("【")
				.append(d.title())
				.append("】")
				.append(d.text())
				.append('\n');
			out.append("   [").append(d.start()).append(", ").append(d.end()).append(") ");
			d.departments()
				.forEach(m -> out.append(m.mention())
					.append(m.department() == null ? "" : "→" + m.department())
					.append(' '));
			if (d.deadline() != null) {
				out.append("| ")
					.append(d.deadline().date() == null ? d.deadline().recurrence() : d.deadline().date())
					.append(' ');
			}
			out.append("| ").append(String.join("、", d.categories())).append(" | ").append(d.confidence()).append('\n');
		}
		if (!result.candidates().isEmpty()) {
			out.append("\ncandidates (probably not tasks):\n");
			for (Candidate c : result.candidates()) {
				out.append("?  ")
					.append(c.reason())
					.append(" [")
					.append(c.directive().start())
					.append(", ")
					.append(c.directive().end())
					.append(") ")
					.append(c.directive().text())
					.append('\n');
			}
		}
		return out.toString();
	}

	private static DepartmentDirectory directory(byte[] file) {
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (TabularRow row : TabularFile.read(file, DIRECTORY_COLUMNS)) {
			List<String> others = new ArrayList<>();
			if (row.get("short") != null) {
				others.add(row.get("short"));
			}
			if (row.get("aliases") != null) {
				others.addAll(List.of(row.get("aliases").split("[;；、,，|/]+")));
			}
			names.put(row.get("name"), others.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
		}
		return DepartmentDirectory.of(names);
	}

	/**
	 * The demo city's departments and aliases, read from the demo data shipped in the
	 * jar.
	 */
	static DepartmentDirectory demoDirectory() throws IOException {
		try (InputStream in = ExtractCommand.class.getResourceAsStream("/db/seed/0001-demo-departments.sql")) {
			if (in == null) {
				return DepartmentDirectory.empty();
			}
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> nameByCode = new LinkedHashMap<>();
			Map<String, List<String>> names = new LinkedHashMap<>();
			Matcher department = Pattern.compile("VALUES \\(0, '(\\w+)', '([^']+)', '([^']*)'").matcher(sql);
			while (department.find()) {
				nameByCode.put(department.group(1), department.group(2));
				names.put(department.group(2), new ArrayList<>(List.of(department.group(3))));
			}
			Matcher alias = Pattern.compile("code = '(\\w+)'\\), '([^']+)'\\)").matcher(sql);
			while (alias.find()) {
				names.get(nameByCode.get(alias.group(1))).add(alias.group(2));
			}
			return DepartmentDirectory.of(names);
		}
	}

}
