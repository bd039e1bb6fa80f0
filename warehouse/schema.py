"""The warehouse schema as an ordered list of migrations; the version applied is recorded in the file."""

from __future__ import annotations

# raw_articles.text is the text every character offset refers to (the file as read, the main text
# of an HTML page, the text field of a batch row); raw_content is the rest of what landed (the HTML,
# the batch row's other fields), null for plain-text files whose text is all there was.
# Each migration is applied once, in order, inside one transaction; never edit a released one,
# append a new one instead so that older files upgrade in place.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "landing, articles, sources, rejected inputs and runs",
        """
        CREATE TABLE raw_articles (
            article_id   VARCHAR PRIMARY KEY,
            path         VARCHAR NOT NULL,
            record       VARCHAR NOT NULL,
            format       VARCHAR NOT NULL,
            text         VARCHAR NOT NULL,
            raw_content  VARCHAR,
            content_hash VARCHAR NOT NULL,
            landed_at    TIMESTAMP NOT NULL,
            run_id       VARCHAR NOT NULL
        );
        CREATE TABLE sources (
            source_id     VARCHAR PRIMARY KEY,
            name          VARCHAR NOT NULL,
            origin        VARCHAR NOT NULL,
            domain        VARCHAR,
            first_seen_at TIMESTAMP NOT NULL
        );
        CREATE TABLE articles (
            article_id       VARCHAR PRIMARY KEY,
            source_id        VARCHAR NOT NULL,
            path             VARCHAR NOT NULL,
            record           VARCHAR NOT NULL,
            format           VARCHAR NOT NULL,
            url              VARCHAR,
            title            VARCHAR,
            byline           VARCHAR,
            published_at     TIMESTAMP,
            date_text        VARCHAR,
            date_is_relative BOOLEAN NOT NULL,
            date_missing     BOOLEAN NOT NULL,
            body_start       INTEGER NOT NULL,
            body_end         INTEGER NOT NULL,
            body             VARCHAR NOT NULL,
            word_count       INTEGER NOT NULL,
            furniture        VARCHAR NOT NULL,
            captions         VARCHAR NOT NULL,
            similarity_key   VARCHAR NOT NULL,
            copy_group       VARCHAR NOT NULL,
            ingested_at      TIMESTAMP NOT NULL,
            run_id           VARCHAR NOT NULL
        );
        CREATE TABLE article_bands (
            article_id VARCHAR NOT NULL,
            band       BIGINT NOT NULL
        );
        CREATE INDEX article_bands_band ON article_bands (band);
        CREATE TABLE article_copies (
            article_id VARCHAR NOT NULL,
            copy_of    VARCHAR NOT NULL,
            similarity DOUBLE NOT NULL,
            PRIMARY KEY (article_id, copy_of)
        );
        CREATE TABLE input_files (
            path        VARCHAR PRIMARY KEY,
            size_bytes  BIGINT NOT NULL,
            mtime_ns    BIGINT NOT NULL,
            file_hash   VARCHAR NOT NULL,
            n_articles  INTEGER NOT NULL,
            n_rejected  INTEGER NOT NULL,
            seen_at     TIMESTAMP NOT NULL,
            run_id      VARCHAR NOT NULL
        );
        CREATE TABLE rejected_inputs (
            path        VARCHAR NOT NULL,
            record      VARCHAR NOT NULL,
            reason      VARCHAR NOT NULL,
            rejected_at TIMESTAMP NOT NULL,
            run_id      VARCHAR NOT NULL,
            PRIMARY KEY (path, record)
        );
        CREATE TABLE runs (
            run_id            VARCHAR PRIMARY KEY,
            flow_run_id       VARCHAR,
            started_at        TIMESTAMP NOT NULL,
            finished_at       TIMESTAMP,
            state             VARCHAR NOT NULL,
            articles_seen     INTEGER,
            articles_new      INTEGER,
            articles_rejected INTEGER,
            claims_new        INTEGER,
            quotes_new        INTEGER,
            rows_quarantined  INTEGER,
            sources_scored    INTEGER,
            ingest_seconds    DOUBLE,
            extract_seconds   DOUBLE,
            validate_seconds  DOUBLE,
            score_seconds     DOUBLE,
            message           VARCHAR
        );
        """,
    ),
    (
        2,
        "extracted facts: claims, quotes, attributions",
        """
        CREATE TABLE claims (
            claim_id          VARCHAR PRIMARY KEY,
            article_id        VARCHAR NOT NULL,
            char_start        INTEGER NOT NULL,
            char_end          INTEGER NOT NULL,
            span              VARCHAR NOT NULL,
            measure           VARCHAR NOT NULL,
            counted           VARCHAR,
            value_low         DOUBLE,
            value_high        DOUBLE,
            qualifier         VARCHAR NOT NULL,
            unit              VARCHAR,
            subject           VARCHAR,
            attribution_id    VARCHAR,
            attribution_text  VARCHAR,
            attribution_kind  VARCHAR NOT NULL,
            originator        VARCHAR,
            hedged            BOOLEAN NOT NULL,
            hedge_text        VARCHAR,
            core              BOOLEAN NOT NULL,
            as_of_text        VARCHAR,
            sentence_start    INTEGER NOT NULL,
            sentence_end      INTEGER NOT NULL,
            attribution_start INTEGER,
            attribution_end   INTEGER,
            extracted_at      TIMESTAMP NOT NULL,
            run_id            VARCHAR NOT NULL
        );
        CREATE TABLE quotes (
            quote_id     VARCHAR PRIMARY KEY,
            article_id   VARCHAR NOT NULL,
            char_start   INTEGER NOT NULL,
            char_end     INTEGER NOT NULL,
            text         VARCHAR NOT NULL,
            speaker      VARCHAR,
            speaker_kind VARCHAR NOT NULL,
            speaker_text VARCHAR,
            extracted_at TIMESTAMP NOT NULL,
            run_id       VARCHAR NOT NULL
        );
        CREATE TABLE attributions (
            attribution_id VARCHAR PRIMARY KEY,
            article_id     VARCHAR NOT NULL,
            char_start     INTEGER,
            char_end       INTEGER,
            text           VARCHAR NOT NULL,
            kind           VARCHAR NOT NULL,
            originator     VARCHAR,
            n_claims       INTEGER NOT NULL,
            extracted_at   TIMESTAMP NOT NULL,
            run_id         VARCHAR NOT NULL
        );
        CREATE TABLE extracted_articles (
            article_id   VARCHAR PRIMARY KEY,
            extractor    VARCHAR NOT NULL,
            n_claims     INTEGER NOT NULL,
            n_quotes     INTEGER NOT NULL,
            extracted_at TIMESTAMP NOT NULL,
            run_id       VARCHAR NOT NULL
        );
        """,
    ),
    (
        3,
        "validation results, quarantine and alerts",
        """
        CREATE TABLE validation_results (
            run_id           VARCHAR NOT NULL,
            suite            VARCHAR NOT NULL,
            expectation      VARCHAR NOT NULL,
            column_name      VARCHAR,
            severity         VARCHAR NOT NULL,
            success          BOOLEAN NOT NULL,
            element_count    BIGINT,
            unexpected_count BIGINT,
            sample_ids       VARCHAR,
            notes            VARCHAR,
            validated_at     TIMESTAMP NOT NULL,
            PRIMARY KEY (run_id, suite, expectation)
        );
        CREATE TABLE quarantine (
            run_id         VARCHAR NOT NULL,
            table_name     VARCHAR NOT NULL,
            row_id         VARCHAR NOT NULL,
            suite          VARCHAR NOT NULL,
            expectation    VARCHAR NOT NULL,
            reason         VARCHAR NOT NULL,
            row_json       VARCHAR NOT NULL,
            quarantined_at TIMESTAMP NOT NULL,
            PRIMARY KEY (run_id, table_name, row_id, expectation)
        );
        CREATE TABLE alerts (
            alert_id     VARCHAR PRIMARY KEY,
            run_id       VARCHAR,
            channel      VARCHAR NOT NULL,
            severity     VARCHAR NOT NULL,
            title        VARCHAR NOT NULL,
            payload      VARCHAR NOT NULL,
            status       VARCHAR NOT NULL,
            attempts     INTEGER NOT NULL,
            error        VARCHAR,
            created_at   TIMESTAMP NOT NULL,
            delivered_at TIMESTAMP
        );
        """,
    ),
    (
        4,
        # Scores keep their history per run; the evidence tables hold the latest scored run only and
        # are replaced whole, so they carry no key index to maintain on every replacement.
        "source scores (history kept per run), facts and their evidence (latest run)",
        """
        CREATE TABLE source_scores (
            run_id              VARCHAR NOT NULL,
            source_id           VARCHAR NOT NULL,
            source_kind         VARCHAR NOT NULL,
            reliability_score   DOUBLE,
            reliability_low     DOUBLE,
            reliability_high    DOUBLE,
            consistency_score   DOUBLE,
            consistency_low     DOUBLE,
            consistency_high    DOUBLE,
            attribution_score   DOUBLE,
            attribution_low     DOUBLE,
            attribution_high    DOUBLE,
            n_claims            INTEGER NOT NULL,
            n_compared          INTEGER NOT NULL,
            evidence_status     VARCHAR NOT NULL,
            n_person            INTEGER,
            n_organization      INTEGER,
            n_document          INTEGER,
            n_anonymous         INTEGER,
            n_vague             INTEGER,
            n_none              INTEGER,
            n_hedged            INTEGER,
            quotes_identified   INTEGER,
            quotes_unidentified INTEGER,
            scored_at           TIMESTAMP NOT NULL,
            PRIMARY KEY (run_id, source_id, source_kind)
        );
        CREATE TABLE facts (
            run_id               VARCHAR NOT NULL,
            fact_id              VARCHAR NOT NULL,
            source_kind          VARCHAR NOT NULL,
            subject              VARCHAR,
            measure              VARCHAR NOT NULL,
            unit                 VARCHAR,
            window_start         TIMESTAMP,
            window_end           TIMESTAMP,
            consensus_low        DOUBLE,
            consensus_high       DOUBLE,
            consensus_confidence DOUBLE,
            n_sources            INTEGER NOT NULL,
            n_claims             INTEGER NOT NULL
        );
        CREATE TABLE fact_claims (
            run_id                VARCHAR NOT NULL,
            fact_id               VARCHAR NOT NULL,
            source_kind           VARCHAR NOT NULL,
            claim_id              VARCHAR NOT NULL,
            source_id             VARCHAR NOT NULL,
            value_low             DOUBLE,
            value_high            DOUBLE,
            qualifier             VARCHAR,
            plausible_low         DOUBLE,
            plausible_high        DOUBLE,
            agreement             DOUBLE,
            agrees_with_consensus BOOLEAN
        );
        CREATE TABLE score_evidence (
            run_id             VARCHAR NOT NULL,
            source_id          VARCHAR NOT NULL,
            source_kind        VARCHAR NOT NULL,
            claim_id           VARCHAR NOT NULL,
            fact_id            VARCHAR,
            agreement          DOUBLE,
            loo_consensus_low  DOUBLE,
            loo_consensus_high DOUBLE,
            role               VARCHAR NOT NULL,
            attribution_weight DOUBLE
        );
        CREATE TABLE score_conflicts (
            run_id                VARCHAR NOT NULL,
            source_id             VARCHAR NOT NULL,
            source_kind           VARCHAR NOT NULL,
            claim_id              VARCHAR NOT NULL,
            fact_id               VARCHAR NOT NULL,
            conflicting_claim_id  VARCHAR NOT NULL,
            conflicting_source_id VARCHAR NOT NULL,
            agreement             DOUBLE
        );
        """,
    ),
    (
        5,
        # A fact is keyed by what is counted too ("troops" and "civilians" killed are two figures).
        "facts name what they count",
        """
        ALTER TABLE facts ADD COLUMN counted VARCHAR;
        """,
    ),
    (
        6,
        # A key index on a table makes every checkpoint after an append rewrite the table's last row
        # group whole, text columns included (about 0.3-0.5 s each for articles, raw_articles and
        # claims of a 16k-article warehouse, after a run adding 100 articles); without one, appended
        # rows form a row group of their own. These keys are enforced where rows are written
        # (warehouse.load, UNINDEXED_KEYS) instead. The band index served no query (the copy
        # lookup is a hash join) and cost its own rewrite.
        "article, text and fact tables keyed without an index",
        """
        CREATE TABLE raw_articles_v6 (
            article_id   VARCHAR NOT NULL,
            path         VARCHAR NOT NULL,
            record       VARCHAR NOT NULL,
            format       VARCHAR NOT NULL,
            text         VARCHAR NOT NULL,
            raw_content  VARCHAR,
            content_hash VARCHAR NOT NULL,
            landed_at    TIMESTAMP NOT NULL,
            run_id       VARCHAR NOT NULL
        );
        INSERT INTO raw_articles_v6 SELECT * FROM raw_articles;
        DROP TABLE raw_articles;
        ALTER TABLE raw_articles_v6 RENAME TO raw_articles;
        CREATE TABLE articles_v6 (
            article_id       VARCHAR NOT NULL,
            source_id        VARCHAR NOT NULL,
            path             VARCHAR NOT NULL,
            record           VARCHAR NOT NULL,
            format           VARCHAR NOT NULL,
            url              VARCHAR,
            title            VARCHAR,
            byline           VARCHAR,
            published_at     TIMESTAMP,
            date_text        VARCHAR,
            date_is_relative BOOLEAN NOT NULL,
            date_missing     BOOLEAN NOT NULL,
            body_start       INTEGER NOT NULL,
            body_end         INTEGER NOT NULL,
            body             VARCHAR NOT NULL,
            word_count       INTEGER NOT NULL,
            furniture        VARCHAR NOT NULL,
            captions         VARCHAR NOT NULL,
            similarity_key   VARCHAR NOT NULL,
            copy_group       VARCHAR NOT NULL,
            ingested_at      TIMESTAMP NOT NULL,
            run_id           VARCHAR NOT NULL
        );
        INSERT INTO articles_v6 SELECT * FROM articles;
        DROP TABLE articles;
        ALTER TABLE articles_v6 RENAME TO articles;
        CREATE TABLE claims_v6 (
            claim_id          VARCHAR NOT NULL,
            article_id        VARCHAR NOT NULL,
            char_start        INTEGER NOT NULL,
            char_end          INTEGER NOT NULL,
            span              VARCHAR NOT NULL,
            measure           VARCHAR NOT NULL,
            counted           VARCHAR,
            value_low         DOUBLE,
            value_high        DOUBLE,
            qualifier         VARCHAR NOT NULL,
            unit              VARCHAR,
            subject           VARCHAR,
            attribution_id    VARCHAR,
            attribution_text  VARCHAR,
            attribution_kind  VARCHAR NOT NULL,
            originator        VARCHAR,
            hedged            BOOLEAN NOT NULL,
            hedge_text        VARCHAR,
            core              BOOLEAN NOT NULL,
            as_of_text        VARCHAR,
            sentence_start    INTEGER NOT NULL,
            sentence_end      INTEGER NOT NULL,
            attribution_start INTEGER,
            attribution_end   INTEGER,
            extracted_at      TIMESTAMP NOT NULL,
            run_id            VARCHAR NOT NULL
        );
        INSERT INTO claims_v6 SELECT * FROM claims;
        DROP TABLE claims;
        ALTER TABLE claims_v6 RENAME TO claims;
        CREATE TABLE quotes_v6 (
            quote_id     VARCHAR NOT NULL,
            article_id   VARCHAR NOT NULL,
            char_start   INTEGER NOT NULL,
            char_end     INTEGER NOT NULL,
            text         VARCHAR NOT NULL,
            speaker      VARCHAR,
            speaker_kind VARCHAR NOT NULL,
            speaker_text VARCHAR,
            extracted_at TIMESTAMP NOT NULL,
            run_id       VARCHAR NOT NULL
        );
        INSERT INTO quotes_v6 SELECT * FROM quotes;
        DROP TABLE quotes;
        ALTER TABLE quotes_v6 RENAME TO quotes;
        CREATE TABLE attributions_v6 (
            attribution_id VARCHAR NOT NULL,
            article_id     VARCHAR NOT NULL,
            char_start     INTEGER,
            char_end       INTEGER,
            text           VARCHAR NOT NULL,
            kind           VARCHAR NOT NULL,
            originator     VARCHAR,
            n_claims       INTEGER NOT NULL,
            extracted_at   TIMESTAMP NOT NULL,
            run_id         VARCHAR NOT NULL
        );
        INSERT INTO attributions_v6 SELECT * FROM attributions;
        DROP TABLE attributions;
        ALTER TABLE attributions_v6 RENAME TO attributions;
        DROP INDEX article_bands_band;
        """,
    ),
    (
        7,
        # The evidence tables explain the latest scores only. Once a run added a few articles, a
        # rescore changes about 1 % of their rows (those of the facts the new claims touched), so
        # the rows no longer carry the run's id, which would change every row: the run is kept once
        # in evidence_run, and views under the old names put it back on each row for readers.
        "evidence rows written where they changed; their run named once (evidence_run)",
        """
        CREATE TABLE evidence_run (run_id VARCHAR NOT NULL);
        INSERT INTO evidence_run
            SELECT max(run_id) FROM (
                SELECT run_id FROM facts UNION ALL SELECT run_id FROM fact_claims
                UNION ALL SELECT run_id FROM score_evidence UNION ALL SELECT run_id FROM score_conflicts
            ) HAVING count(*) > 0;
        ALTER TABLE facts RENAME TO facts_rows;
        ALTER TABLE facts_rows DROP COLUMN run_id;
        CREATE VIEW facts AS SELECT r.run_id, e.* FROM facts_rows e CROSS JOIN evidence_run r;
        ALTER TABLE fact_claims RENAME TO fact_claims_rows;
        ALTER TABLE fact_claims_rows DROP COLUMN run_id;
        CREATE VIEW fact_claims AS SELECT r.run_id, e.* FROM fact_claims_rows e CROSS JOIN evidence_run r;
        ALTER TABLE score_evidence RENAME TO score_evidence_rows;
        ALTER TABLE score_evidence_rows DROP COLUMN run_id;
        CREATE VIEW score_evidence AS SELECT r.run_id, e.* FROM score_evidence_rows e CROSS JOIN evidence_run r;
        ALTER TABLE score_conflicts RENAME TO score_conflicts_rows;
        ALTER TABLE score_conflicts_rows DROP COLUMN run_id;
        CREATE VIEW score_conflicts AS SELECT r.run_id, e.* FROM score_conflicts_rows e CROSS JOIN evidence_run r;
        """,
    ),
    (
        8,
        # What a scoring leaves for the next to rescore only the facts whose claims changed
        # (credence.score.ScoreState): the last full fit's voter weights and copy dependence, what
        # each claim's judgement read of it, and each (fact, voter)'s part of the voter's
        # consistency; and per scoring whether it was a full fit and how many claims had changed.
        "scoring state for incremental rescoring",
        """
        CREATE TABLE score_fits (
            run_id     VARCHAR NOT NULL,
            scored_at  TIMESTAMP NOT NULL,
            refit      BOOLEAN NOT NULL,
            n_claims   INTEGER NOT NULL,
            changed    INTEGER NOT NULL,
            params     VARCHAR NOT NULL
        );
        CREATE TABLE score_state_weights (
            source_kind VARCHAR NOT NULL,
            source_id   VARCHAR NOT NULL,
            weight      DOUBLE NOT NULL
        );
        CREATE TABLE score_state_dependence (
            source_kind VARCHAR NOT NULL,
            source_a    VARCHAR NOT NULL,
            source_b    VARCHAR NOT NULL,
            probability DOUBLE NOT NULL
        );
        CREATE TABLE score_state_claims (
            source_kind        VARCHAR NOT NULL,
            claim_id           VARCHAR NOT NULL,
            source_id          VARCHAR NOT NULL,
            fact_id            VARCHAR,
            copy_group         VARCHAR,
            plausible_low      DOUBLE,
            plausible_high     DOUBLE,
            fact_day           BIGINT,
            attribution_weight DOUBLE
        );
        CREATE TABLE score_state_rows (
            source_kind VARCHAR NOT NULL,
            fact_id     VARCHAR NOT NULL,
            source_id   VARCHAR NOT NULL,
            "right"     DOUBLE NOT NULL,
            wrong       DOUBLE NOT NULL,
            compared    BOOLEAN NOT NULL,
            n_claims    INTEGER NOT NULL
        );
        """,
    ),
    (
        9,
        # Scores keep one row per source and run: 9,300 rows a run on allsides. Their key index made
        # each checkpoint rewrite an index that grows with every run (0.06 s after 2 runs, 0.16 s after
        # 9, and on); a run's rows are replaced whole by run_id (warehouse.load.replace_where), and the
        # source_scores suite checks that a run scores each source once.
        "source scores without a key index",
        """
        CREATE TABLE source_scores_v9 (
            run_id              VARCHAR NOT NULL,
            source_id           VARCHAR NOT NULL,
            source_kind         VARCHAR NOT NULL,
            reliability_score   DOUBLE,
            reliability_low     DOUBLE,
            reliability_high    DOUBLE,
            consistency_score   DOUBLE,
            consistency_low     DOUBLE,
            consistency_high    DOUBLE,
            attribution_score   DOUBLE,
            attribution_low     DOUBLE,
            attribution_high    DOUBLE,
            n_claims            INTEGER NOT NULL,
            n_compared          INTEGER NOT NULL,
            evidence_status     VARCHAR NOT NULL,
            n_person            INTEGER,
            n_organization      INTEGER,
            n_document          INTEGER,
            n_anonymous         INTEGER,
            n_vague             INTEGER,
            n_none              INTEGER,
            n_hedged            INTEGER,
            quotes_identified   INTEGER,
            quotes_unidentified INTEGER,
            scored_at           TIMESTAMP NOT NULL
        );
        INSERT INTO source_scores_v9 SELECT * FROM source_scores;
        DROP TABLE source_scores;
        ALTER TABLE source_scores_v9 RENAME TO source_scores;
        """,
    ),
    (
        10,
        # What a scoring of added articles reads instead of every claim (credence.score.Added): each
        # claim's article and fact key (the claims of the keys the new claims have are all it must
        # judge again), and each voter's attribution counts (a new article's claims add to them).
        # A state kept before lacks them: flows.score.params_key changed with it, so a full fit follows.
        "scoring state for scoring added articles alone",
        """
        ALTER TABLE score_state_claims ADD COLUMN article_id VARCHAR;
        ALTER TABLE score_state_claims ADD COLUMN fact_key VARCHAR;
        CREATE TABLE score_state_attribution (
            source_kind         VARCHAR NOT NULL,
            source_id           VARCHAR NOT NULL,
            n_claims            INTEGER NOT NULL,
            weight_sum          DOUBLE NOT NULL,
            n_person            INTEGER NOT NULL,
            n_organization      INTEGER NOT NULL,
            n_document          INTEGER NOT NULL,
            n_anonymous         INTEGER NOT NULL,
            n_vague             INTEGER NOT NULL,
            n_none              INTEGER NOT NULL,
            n_hedged            INTEGER NOT NULL,
            quotes_identified   INTEGER NOT NULL,
            quotes_unidentified INTEGER NOT NULL
        );
        """,
    ),
    (
        11,
        # A run adding 100 articles to allsides changes about 300 of its 9,800 scores; writing all of
        # them every run cost a fifth of a second at each checkpoint and grew the file by a full score
        # table a run. A run now keeps the rows that changed (a source scored no more leaves a row
        # marked dropped), score_runs lists every scoring run, and the view source_scores gives each
        # run's whole set, as the table did: a source's latest row at or before the run's scoring.
        # Rows kept per run before stay as they were (whole sets are changes too).
        "score history as changes per run, with a view of each run's scores",
        """
        CREATE TABLE score_runs (
            run_id        VARCHAR NOT NULL,
            scored_at     TIMESTAMP NOT NULL,
            n_outlets     INTEGER NOT NULL,
            n_originators INTEGER NOT NULL,
            n_changed     INTEGER NOT NULL
        );
        INSERT INTO score_runs
        SELECT run_id, max(scored_at),
               count(*) FILTER (WHERE source_kind = 'outlet'), count(*) FILTER (WHERE source_kind = 'originator'),
               count(*)
        FROM source_scores GROUP BY run_id;
        CREATE TABLE source_score_changes (
            run_id              VARCHAR NOT NULL,
            source_id           VARCHAR NOT NULL,
            source_kind         VARCHAR NOT NULL,
            reliability_score   DOUBLE,
            reliability_low     DOUBLE,
            reliability_high    DOUBLE,
            consistency_score   DOUBLE,
            consistency_low     DOUBLE,
            consistency_high    DOUBLE,
            attribution_score   DOUBLE,
            attribution_low     DOUBLE,
            attribution_high    DOUBLE,
            n_claims            INTEGER,
            n_compared          INTEGER,
            evidence_status     VARCHAR,
            n_person            INTEGER,
            n_organization      INTEGER,
            n_document          INTEGER,
            n_anonymous         INTEGER,
            n_vague             INTEGER,
            n_none              INTEGER,
            n_hedged            INTEGER,
            quotes_identified   INTEGER,
            quotes_unidentified INTEGER,
            scored_at           TIMESTAMP NOT NULL,
            dropped             BOOLEAN NOT NULL
        );
        INSERT INTO source_score_changes SELECT *, false FROM source_scores;
        -- A source a run no longer scored, dropped at that run.
        INSERT INTO source_score_changes (run_id, source_id, source_kind, scored_at, dropped)
        WITH ordered AS (
            SELECT run_id, lead(run_id) OVER w AS next_run, lead(scored_at) OVER w AS next_at
            FROM score_runs WINDOW w AS (ORDER BY scored_at, run_id)
        )
        SELECT o.next_run, s.source_id, s.source_kind, o.next_at, true
        FROM source_scores s JOIN ordered o USING (run_id)
        WHERE o.next_run IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM source_scores t
            WHERE t.run_id = o.next_run AND t.source_id = s.source_id AND t.source_kind = s.source_kind
        );
        DROP TABLE source_scores;
        CREATE VIEW source_scores AS
        SELECT * EXCLUDE (dropped) FROM (
            SELECT r.run_id, c.* EXCLUDE (run_id, scored_at), r.scored_at
            FROM score_runs r JOIN source_score_changes c ON c.scored_at <= r.scored_at
            QUALIFY row_number() OVER (
                PARTITION BY r.run_id, c.source_id, c.source_kind ORDER BY c.scored_at DESC, c.run_id DESC
            ) = 1
        )
        WHERE NOT dropped;
        """,
    ),
    (
        12,
        # An article the extractor failed on is recorded with its error and no facts, so one article
        # never stops the others and a later extractor version tries it again.
        "extraction errors",
        """
        ALTER TABLE extracted_articles ADD COLUMN error VARCHAR;
        """,
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]

# Tables whose key is unique by construction of the writes (insert_new skips known keys, replace_where
# refuses a key already there) rather than by an index: see migration 6.
UNINDEXED_KEYS: dict[str, str] = {
    "raw_articles": "article_id",
    "articles": "article_id",
    "claims": "claim_id",
    "quotes": "quote_id",
    "attributions": "attribution_id",
}
