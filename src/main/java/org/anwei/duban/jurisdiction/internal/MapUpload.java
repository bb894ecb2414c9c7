package org.anwei.duban.jurisdiction.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;

/**
 * One upload of the jurisdiction's map; the newest is the map in use, earlier ones stay
 * as its history.
 */
@Entity
@Table(name = "jurisdiction_map")
public class MapUpload extends AbstractEntity {

	@Column(name = "geo_json", nullable = false, columnDefinition = "longtext")
	private String geoJson;

	@Column(name = "name_property", nullable = false, length = 50)
	private String nameProperty;

	/**
	 * The regions' names, one per line, so the map's regions are known without parsing
	 * it.
	 */
	@Column(name = "region_names", nullable = false, length = 4000)
	private String regionNames;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 100)
	private String uploadedBy;

	protected MapUpload() {
		this.geoJson = "";
		this.nameProperty = "";
		this.regionNames = "";
		this.fileName = "";
		this.uploadedAt = Instant.EPOCH;
		this.uploadedBy = "";
	}

	public MapUpload(String geoJson, String nameProperty, String regionNames, String fileName, Instant uploadedAt,
			String uploadedBy) {
		this.geoJson = geoJson;
		this.nameProperty = nameProperty;
		this.regionNames = regionNames;
		this.fileName = fileName;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public String getGeoJson() {
		return this.geoJson;
	}

	public String getNameProperty() {
		return this.nameProperty;
	}

	public String getRegionNames() {
		return this.regionNames;
	}

	public String getFileName() {
		return this.fileName;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}
