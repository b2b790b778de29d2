package dev.steward.api.files;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file's metadata row. */
record StoredFile(UUID id, UUID projectId, OwnerType ownerType, UUID ownerId, String kind, String stage, String fileName,
        String contentType, long size, String sha256, Integer width, Integer height, String storageKey, String thumbnailKey,
        UUID uploadedById, String uploadedByName, OffsetDateTime createdAt) {}
