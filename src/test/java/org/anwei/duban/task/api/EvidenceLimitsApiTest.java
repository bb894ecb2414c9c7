package org.anwei.duban.task.api;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.AccessTokenService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 2 (and the evidence limits around it) over the task API: a small PNG that
 * declares 20,000 × 20,000 pixels is refused from its header, at once and without
 * decoding it; an Office file that is a ZIP bomb is refused before any parser opens it;
 * more than 10 files are refused; nothing is stored from a refused report.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EvidenceLimitsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	TaskService tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	DepartmentService departments;

	String bearer;

	long task;

	@BeforeEach
	void signedTask() throws Exception {
		this.users.login(TestUsers.STAFF);
		this.task = this.tasks
			.create(new TaskCommand("证据限制" + Long.toString(System.nanoTime(), 36), "内容", null, Urgency.NORMAL,
					DirectiveTestData.department(this.departments, "YJJ").id(), Set.of(), LocalDate.now().plusDays(10)))
			.id();
		this.users.login(TestUsers.DEPT_YJJ);
		this.bearer = "Bearer " + this.tokens.create("证据", 1).secret();
		TestUsers.logout();
		this.mvc
			.perform(post("/api/v1/tasks/" + this.task + "/sign").param("version", "0")
				.header("Authorization", this.bearer))
			.andExpect(status().isOk());
	}

	@AfterEach
	void signOut() {
		TestUsers.logout();
	}

	@Test
	void a_pixel_bomb_is_refused_from_its_header_in_no_time() throws Exception {
		byte[] bomb = png(20_000, 20_000);
		assertThat(bomb.length).as("a small file").isLessThan(2 * 1024 * 1024);
		System.gc();
		long heapBefore = usedHeap();
		long started = System.nanoTime();
		this.mvc.perform(report(new MockMultipartFile("files", "现场.png", "image/png", bomb)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("task.attachments"))
			.andExpect(jsonPath("$.errors[0].message").value("照片“现场.png”像素过多（最多 60 百万像素），请降低分辨率后重新上传。"));
		long millis = (System.nanoTime() - started) / 1_000_000;
		long grown = usedHeap() - heapBefore;
		System.out.printf("[pixel bomb] %d KB PNG of 20000x20000: 422 in %d ms, heap after GC %+d MB%n",
				bomb.length / 1024, millis, grown / (1024 * 1024));
		assertThat(grown).as("nothing of 400 million pixels was decoded").isLessThan(100L * 1024 * 1024);
		assertNothingStored();
	}

	@Test
	void a_large_but_honest_photo_gets_a_small_thumbnail() throws Exception {
		this.mvc.perform(report(new MockMultipartFile("files", "全景.png", "image/png", png(6_000, 4_000))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports[0].attachments[0].contentType").value("image/png"));
	}

	@Test
	void an_office_file_that_is_a_zip_bomb_is_refused_unopened() throws Exception {
		this.mvc.perform(report(new MockMultipartFile("files", "报告.docx", null, zipBomb())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("压缩包结构异常")));
		assertNothingStored();
	}

	@Test
	void a_web_page_named_like_a_photo_is_refused_by_its_content() throws Exception {
		byte[] page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		this.mvc.perform(report(new MockMultipartFile("files", "现场.jpg", "image/jpeg", page)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("task.attachments"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("类型不支持")));
		assertNothingStored();
	}

	@Test
	void more_than_ten_files_are_refused() throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/tasks/" + this.task + "/reports");
		for (int i = 0; i < 11; i++) {
			request.file(new MockMultipartFile("files", "p" + i + ".png", "image/png", png(20, 20)));
		}
		this.mvc
			.perform(request.param("version", String.valueOf(version()))
				.param("kind", "PROGRESS")
				.param("text", "进展")
				.header("Authorization", this.bearer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("一次最多可附 10 个文件。"));
		assertNothingStored();
	}

	private MockMultipartHttpServletRequestBuilder report(MockMultipartFile file) throws Exception {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/tasks/" + this.task + "/reports").file(file)
			.param("version", String.valueOf(version()))
			.param("kind", "PROGRESS")
			.param("text", "进展")
			.header("Authorization", this.bearer);
	}

	private long version() {
		this.users.login(TestUsers.STAFF);
		try {
			return this.queries.get(this.task).version();
		}
		finally {
			TestUsers.logout();
		}
	}

	private void assertNothingStored() {
		this.users.login(TestUsers.STAFF);
		try {
			assertThat(this.queries.get(this.task).reports()).isEmpty();
		}
		finally {
			TestUsers.logout();
		}
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/**
	 * A valid grey PNG of the given size, written row by row: its pixels are never held
	 * in memory, so a bomb costs the test nothing.
	 */
	static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream ihdr = new DataOutputStream(header);
		ihdr.writeInt(width);
		ihdr.writeInt(height);
		ihdr.write(new byte[] { 8, 0, 0, 0, 0 }); // 8-bit greyscale
		chunk(file, "IHDR", header.toByteArray());
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream rows = new DeflaterOutputStream(compressed, new Deflater(9))) {
			byte[] row = new byte[width + 1]; // filter byte, then black pixels
			for (int y = 0; y < height; y++) {
				rows.write(row);
			}
		}
		chunk(file, "IDAT", compressed.toByteArray());
		chunk(file, "IEND", new byte[0]);
		return file.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		DataOutputStream chunk = new DataOutputStream(out);
		chunk.writeInt(data.length);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		chunk.write(name);
		chunk.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		chunk.writeInt((int) crc.getValue());
	}

	/** A .docx-looking ZIP whose one entry unpacks to 300 MB of zeros. */
	static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 300; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
