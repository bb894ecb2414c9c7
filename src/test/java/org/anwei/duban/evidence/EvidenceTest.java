package org.anwei.duban.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.anwei.duban.base.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evidence check on its own, as every supervised item uses it. */
class EvidenceTest {

	@Test
	void a_photo_passes_with_its_hash_and_a_small_thumbnail() throws IOException {
		Evidence.Checked checked = Evidence.check(new Upload("现场.png", png(1200, 800)), "hazard.photos");
		assertThat(checked.contentType()).isEqualTo("image/png");
		assertThat(checked.sha256()).hasSize(64);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(checked.thumbnail()));
		assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(Evidence.THUMBNAIL_PIXELS);
	}

	@Test
	void a_refusal_names_the_field_the_file_came_in_and_the_file() {
		byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> Evidence.check(new Upload("整改后.jpg", page), "hazard.photos"))
			.isInstanceOfSatisfying(ValidationException.class, ex -> {
				assertThat(ex.errors()).singleElement().satisfies(error -> {
					assertThat(error.field()).isEqualTo("hazard.photos");
					assertThat(error.arguments()).contains("整改后.jpg");
				});
			});
		assertThatThrownBy(() -> Evidence.check(new Upload("空.pdf", new byte[0]), "task.attachments"))
			.isInstanceOf(ValidationException.class);
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
