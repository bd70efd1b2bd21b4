CREATE TABLE "rec_user_lists" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"product_ids" uuid[] NOT NULL,
	"because_ids" uuid[] NOT NULL,
	"favourite_category" boolean[] NOT NULL,
	"complete" boolean NOT NULL,
	"history" boolean NOT NULL,
	"built_at" timestamp (3) with time zone NOT NULL
);
