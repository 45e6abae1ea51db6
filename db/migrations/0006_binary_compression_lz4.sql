-- Receipts and uploads are stored compressed with LZ4 where the server is built with it (Debian's
-- PostgreSQL is; PGlite is not and keeps pglz). ADR 041. Values stored before keep their method.
DO $$ BEGIN
  ALTER TABLE "cases" ALTER COLUMN "receipt_pdf" SET COMPRESSION lz4;
  ALTER TABLE "case_replies" ALTER COLUMN "receipt_pdf" SET COMPRESSION lz4;
  ALTER TABLE "attachments" ALTER COLUMN "content" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN NULL;
END $$;
