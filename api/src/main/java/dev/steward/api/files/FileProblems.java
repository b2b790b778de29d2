package dev.steward.api.files;

import dev.steward.api.platform.ApiException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The files feature's problems; each names the file (its field {@code files[i]} and its name). */
final class FileProblems {

    private FileProblems() {}

    static ApiException tooLarge(int index, String name, long max) {
        String message = "is larger than " + max + " bytes (" + name + ")";
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", "File too large",
                name + " is larger than the " + (max / (1024 * 1024)) + " MB allowed per file.",
                List.of(new ApiException.FieldProblem(field(index), message)), null);
    }

    static ApiException typeNotAllowed(int index, String name, String detected) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "FILE_TYPE_NOT_ALLOWED", "File type not allowed",
                name + " is " + detected + "; only JPEG, PNG, WebP, HEIC photos and PDF documents are accepted.",
                List.of(new ApiException.FieldProblem(field(index), "is " + detected + ", not a JPEG, PNG, WebP, HEIC or PDF (" + name + ")")),
                null);
    }

    static ApiException empty(int index, String name) {
        return new ApiException(HttpStatus.BAD_REQUEST, "FILE_EMPTY", "Empty file", name + " is empty.",
                List.of(new ApiException.FieldProblem(field(index), "is empty (" + name + ")")), null);
    }

    static ApiException noFiles() {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request", "files: at least one file is required",
                List.of(new ApiException.FieldProblem("files", "at least one file is required")), null);
    }

    static ApiException tooMany(int max) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request", "files: at most " + max + " files per request",
                List.of(new ApiException.FieldProblem("files", "at most " + max + " files per request")), null);
    }

    static ApiException ownerFull(int max) {
        return ApiException.conflict("ATTACHMENT_LIMIT", "This already has " + max + " files; no more can be attached.");
    }

    static ApiException malformed() {
        return new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_MULTIPART", "Malformed multipart body",
                "The multipart/form-data body could not be read to its end (cut off, or a bad boundary).");
    }

    static ApiException notFound(UUID id) {
        return ApiException.notFound("file", id);
    }

    static ApiException noThumbnail(UUID id) {
        return new ApiException(HttpStatus.NOT_FOUND, "THUMBNAIL_NOT_AVAILABLE", "Not found",
                "File " + id + " has no thumbnail (PDF and HEIC files have none).");
    }

    private static String field(int index) {
        return "files[" + index + "]";
    }
}
