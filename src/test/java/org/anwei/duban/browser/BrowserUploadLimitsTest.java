package org.anwei.duban.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.anwei.duban.TestUsers;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings 1 and 9 through a real browser session: a liaison opens the report form, then
 * the upload target the page was given is attacked directly with a plain HTTP client and
 * the session's cookie, as the probe did. Large files are refused before they are read
 * (declared length) or when they pass the limit (streamed), more than ten are refused,
 * nothing is kept in memory, and the temporary files go when the form closes. Stored
 * files are then served for what they are.
 */
class BrowserUploadLimitsTest extends BrowserTest {

	private static final long MB = 1024 * 1024;

	@Autowired
	TaskService tasks;

	@Autowired
	DepartmentService departments;

	@Autowired
	TestUsers users;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void the_upload_target_refuses_big_and_many_files_and_keeps_nothing_in_memory() throws Exception {
		long id = taskFor("YJJ");
		WebDriverWait wait = signInAsDemo(TestUsers.DEPT_YJJ);
		driver.get(url("tasks/" + id));
		click(wait, "task-sign");
		wait.until(d -> d.findElement(By.id("task-status")).getText().contains("办理中"));
		click(wait, "task-submit");
		String target = wait.until(d -> (String) script(
				"const u = document.querySelector('#report-upload'); return u && u.target ? u.target : null;"));
		URI upload = URI.create(url("")).resolve(target);
		String cookie = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
		int filesBefore = temporaryFiles();

		long heapBefore = usedHeap();
		HttpResponse<String> thirty = post(upload, cookie, "big.jpg", 30 * MB, true);
		assertThat(thirty.statusCode()).isEqualTo(413);
		for (int i = 0; i < 5; i++) {
			assertThat(post(upload, cookie, "huge" + i + ".jpg", 50 * MB, true).statusCode()).isEqualTo(413);
		}
		HttpResponse<String> streamed = post(upload, cookie, "streamed.jpg", 30 * MB, false);
		assertThat(streamed.statusCode()).as("no declared length: cut off at the limit").isEqualTo(413);
		assertThat(postMultipart(upload, cookie, "multipart.jpg", 30 * MB).statusCode()).isEqualTo(413);
		long heapAfter = usedHeap();
		System.out.printf(
				"[uploads] 30 MB + 5 x 50 MB + 30 MB streamed + 30 MB multipart: all 413; heap after GC %d -> %d MB%n",
				heapBefore / MB, heapAfter / MB);
		assertThat(heapAfter - heapBefore).as("nothing of 340 MB kept in memory").isLessThan(40 * MB);
		assertThat(temporaryFiles()).as("no partial file left").isEqualTo(filesBefore);

		for (int i = 0; i < Upload.MAX_FILES + 1; i++) {
			post(upload, cookie, "photo" + i + ".png", small());
		}
		assertThat(temporaryFiles() - filesBefore).as("ten files are kept, the eleventh refused")
			.isEqualTo(Upload.MAX_FILES);

		click(wait, "report-cancel");
		wait.until(d -> temporaryFiles() == filesBefore);
	}

	@Test
	void a_stored_file_is_served_as_what_its_bytes_are() throws Exception {
		long id = taskFor("YJJ");
		this.users.login(TestUsers.DEPT_YJJ);
		long version = this.tasks.sign(id, 0).version();
		this.tasks.report(id, version, org.anwei.duban.task.ReportKind.PROGRESS, "现场照片与方案。",
				List.of(new Upload("通报.html", jpeg()), new Upload("方案.docx", docx())));
		TestUsers.logout();

		WebDriverWait wait = signInAsDemo(TestUsers.DEPT_YJJ);
		driver.get(url("tasks/" + id));
		String cookie = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();

		HttpResponse<byte[]> photo = download(wait, "通报.html", cookie);
		assertThat(photo.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("image/jpeg"));
		assertThat(photo.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline")
			.contains(".html.jpg");
		assertThat(photo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

		HttpResponse<byte[]> document = download(wait, "方案.docx", cookie);
		assertThat(document.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(document.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename*=UTF-8''");
	}

	private HttpResponse<byte[]> download(WebDriverWait wait, String name, String cookie) throws Exception {
		WebElement anchor = wait.until(d -> d.findElements(By.cssSelector("#task-timeline a"))
			.stream()
			.filter(a -> a.getText().startsWith(name))
			.findFirst()
			.orElse(null));
		HttpResponse<byte[]> response = this.http.send(
				HttpRequest.newBuilder(URI.create(anchor.getAttribute("href"))).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	/**
	 * Posts {@code size} zero bytes as one file, as the upload component does (the raw
	 * bytes, the name in {@code X-Filename}): with its length declared, or streamed
	 * without one.
	 */
	private HttpResponse<String> post(URI target, String cookie, String filename, long size, boolean declareLength)
			throws Exception {
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> zeros(size));
		if (declareLength) {
			body = HttpRequest.BodyPublishers.fromPublisher(body, size);
		}
		return send(target, cookie, filename, "image/jpeg", body);
	}

	/** Posts a real file as the upload component does. */
	private HttpResponse<String> post(URI target, String cookie, String filename, byte[] content) throws Exception {
		return send(target, cookie, filename, "image/png", HttpRequest.BodyPublishers.ofByteArray(content));
	}

	/** The same file in the other format the component can use: multipart. */
	private HttpResponse<String> postMultipart(URI target, String cookie, String filename, long size) throws Exception {
		String boundary = "----probe" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
				HttpRequest.BodyPublishers
					.ofInputStream(() -> new SequenceInputStream(java.util.Collections.enumeration(
							List.of(new ByteArrayInputStream(head), zeros(size), new ByteArrayInputStream(tail))))),
				head.length + size + tail.length);
		return this.http.send(HttpRequest.newBuilder(target)
			.header("Cookie", cookie)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(URI target, String cookie, String filename, String type,
			HttpRequest.BodyPublisher body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(target)
			.header("Cookie", cookie)
			.header("Content-Type", type)
			.header("X-Filename", java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8))
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static InputStream zeros(long size) {
		return new InputStream() {
			long left = size;

			@Override
			public int read() {
				return this.left-- > 0 ? 0 : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (this.left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, this.left);
				java.util.Arrays.fill(b, off, off + n, (byte) 0);
				this.left -= n;
				return n;
			}
		};
	}

	private static int temporaryFiles() {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return (int) files.filter(p -> p.getFileName().toString().startsWith("anwei-upload-")).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private long taskFor(String code) {
		this.users.login(TestUsers.STAFF);
		long yjj = this.departments.directory()
			.stream()
			.filter(d -> d.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
		long id = this.tasks
			.create(new TaskCommand("上传限制" + Long.toString(System.nanoTime(), 36), "检查上传。", null, Urgency.NORMAL, yjj,
					Set.of(), LocalDate.now().plusDays(7)))
			.id();
		TestUsers.logout();
		return id;
	}

	private static byte[] small() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", out);
		return out.toByteArray();
	}

	private static byte[] jpeg() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"jpg", out);
		return out.toByteArray();
	}

	private static byte[] docx() throws IOException {
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("整改方案");
			document.write(out);
			return out.toByteArray();
		}
	}

}
