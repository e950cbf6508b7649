-- The seed schema (ARCHITECTURE.md "Database Schema Design"), made exact; see docs/store.md.
-- Dialect tokens, expanded per backend by src/store/migration.cc:
--   {{ID_PK}}          surrogate key: SQLite INTEGER PRIMARY KEY, PostgreSQL BIGSERIAL PRIMARY KEY
--   {{PRICE}}          Price, 9 decimals: SQLite TEXT (exact decimal text), PG NUMERIC(19,9)
--   {{QTY}}            Quantity, 6 decimals: SQLite TEXT, PG NUMERIC(19,6)
--   {{MONEY}}          Money amount, 6 decimals: SQLite TEXT, PG NUMERIC(19,6)
--   {{DATE}}           calendar date: SQLite TEXT 'YYYY-MM-DD', PG DATE
--   {{NOW}}            row metadata time: SQLite TEXT DEFAULT CURRENT_TIMESTAMP, PG TIMESTAMPTZ
--                      DEFAULT now()
--   {{WITHOUT_ROWID}}  SQLite WITHOUT ROWID (clustered primary key), nothing on PG
-- Instants are BIGINT nanoseconds since the Unix epoch, UTC, in columns named *_ns.
-- Booleans are SMALLINT 0/1 so both backends read and write them the same way.

CREATE TABLE symbols (
    symbol_id {{ID_PK}},
    ticker VARCHAR(16) NOT NULL UNIQUE,
    company_name TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    exchange TEXT NOT NULL DEFAULT '',
    created_at {{NOW}}
);

-- symbol_id is deliberately not a declared foreign key: PostgreSQL checks one with a trigger per
-- row, which made COPY of 1,000,000 bars 3.6x slower (15.3 s vs 4.2 s, bench/store_bench.cc).
-- MarketDataRepository::insert_bars checks the symbol exists instead.
CREATE TABLE market_data (
    symbol_id BIGINT NOT NULL,
    interval VARCHAR(10) NOT NULL,
    ts_ns BIGINT NOT NULL,
    open {{PRICE}} NOT NULL,
    high {{PRICE}} NOT NULL,
    low {{PRICE}} NOT NULL,
    close {{PRICE}} NOT NULL,
    volume {{QTY}} NOT NULL,
    adj_close {{PRICE}} NOT NULL,
    PRIMARY KEY (symbol_id, interval, ts_ns)
) {{WITHOUT_ROWID}};

CREATE TABLE corporate_actions (
    action_id {{ID_PK}},
    symbol_id BIGINT NOT NULL REFERENCES symbols(symbol_id),
    ex_date {{DATE}} NOT NULL,
    kind VARCHAR(16) NOT NULL CHECK (kind IN ('split', 'dividend')),
    split_numerator BIGINT NOT NULL DEFAULT 1,
    split_denominator BIGINT NOT NULL DEFAULT 1 CHECK (split_denominator > 0),
    dividend_amount {{MONEY}} NOT NULL DEFAULT '0',
    currency CHAR(3) NOT NULL DEFAULT 'USD',
    created_at {{NOW}},
    UNIQUE (symbol_id, ex_date, kind)
);

CREATE TABLE orders (
    order_id VARCHAR(64) PRIMARY KEY,
    client_order_id VARCHAR(64) NOT NULL UNIQUE,
    broker_order_id VARCHAR(64),
    account VARCHAR(32) NOT NULL DEFAULT '',
    symbol_id BIGINT NOT NULL REFERENCES symbols(symbol_id),
    order_type VARCHAR(20) NOT NULL,
    side VARCHAR(10) NOT NULL,
    quantity {{QTY}} NOT NULL,
    price {{PRICE}},
    stop_price {{PRICE}},
    time_in_force VARCHAR(10) NOT NULL DEFAULT 'DAY',
    status VARCHAR(20) NOT NULL,
    submitted_at_ns BIGINT NOT NULL,
    filled_at_ns BIGINT,
    cancelled_at_ns BIGINT,
    rejection_reason TEXT,
    strategy_name VARCHAR(100),
    created_at {{NOW}}
);

CREATE TABLE executions (
    execution_id {{ID_PK}},
    order_id VARCHAR(64) REFERENCES orders(order_id),
    broker_execution_id VARCHAR(64) UNIQUE,
    account VARCHAR(32) NOT NULL DEFAULT '',
    symbol_id BIGINT NOT NULL REFERENCES symbols(symbol_id),
    side VARCHAR(10) NOT NULL,
    executed_quantity {{QTY}} NOT NULL,
    executed_price {{PRICE}} NOT NULL,
    commission {{MONEY}} NOT NULL,
    currency CHAR(3) NOT NULL DEFAULT 'USD',
    executed_at_ns BIGINT NOT NULL,
    exchange VARCHAR(50),
    created_at {{NOW}}
);
CREATE INDEX idx_executions_account_time ON executions(account, executed_at_ns);

CREATE TABLE positions (
    position_id {{ID_PK}},
    account VARCHAR(32) NOT NULL DEFAULT '',
    symbol_id BIGINT NOT NULL REFERENCES symbols(symbol_id),
    quantity {{QTY}} NOT NULL,
    average_cost {{PRICE}} NOT NULL,
    current_price {{PRICE}},
    unrealized_pnl {{MONEY}},
    opened_at_ns BIGINT NOT NULL,
    closed_at_ns BIGINT,
    updated_at {{NOW}},
    UNIQUE (account, symbol_id, opened_at_ns)
);

CREATE TABLE tax_lots (
    lot_id VARCHAR(64) PRIMARY KEY,
    account VARCHAR(32) NOT NULL DEFAULT '',
    symbol_id BIGINT NOT NULL REFERENCES symbols(symbol_id),
    purchase_at_ns BIGINT NOT NULL,
    purchase_date {{DATE}} NOT NULL,
    quantity {{QTY}} NOT NULL,
    remaining_quantity {{QTY}} NOT NULL,
    cost_basis {{MONEY}} NOT NULL,
    wash_sale_adjusted_basis {{MONEY}},
    acquisition_method VARCHAR(20) NOT NULL,
    created_at {{NOW}},
    updated_at {{NOW}}
);
CREATE INDEX idx_tax_lots_account_symbol ON tax_lots(account, symbol_id, purchase_at_ns);

CREATE TABLE capital_gains (
    gain_id {{ID_PK}},
    account VARCHAR(32) NOT NULL DEFAULT '',
    symbol_id BIGINT NOT NULL REFERENCES symbols(symbol_id),
    lot_id VARCHAR(64) REFERENCES tax_lots(lot_id),
    open_date {{DATE}} NOT NULL,
    close_date {{DATE}} NOT NULL,
    quantity {{QTY}} NOT NULL,
    cost_basis {{MONEY}} NOT NULL,
    proceeds {{MONEY}} NOT NULL,
    gain_loss {{MONEY}} NOT NULL,
    is_short_term SMALLINT NOT NULL CHECK (is_short_term IN (0, 1)),
    is_wash_sale SMALLINT NOT NULL DEFAULT 0 CHECK (is_wash_sale IN (0, 1)),
    disallowed_loss {{MONEY}} NOT NULL DEFAULT '0',
    tax_year INTEGER NOT NULL,
    created_at {{NOW}}
);
CREATE INDEX idx_capital_gains_account_year ON capital_gains(account, tax_year);

-- The seed points replacement_trade_id at capital_gains, but a replacement is a purchase:
-- it names the replacement lot, whose basis absorbs the disallowed loss.
CREATE TABLE wash_sales (
    wash_sale_id {{ID_PK}},
    account VARCHAR(32) NOT NULL DEFAULT '',
    loss_trade_id BIGINT NOT NULL REFERENCES capital_gains(gain_id),
    replacement_lot_id VARCHAR(64) REFERENCES tax_lots(lot_id),
    disallowed_loss {{MONEY}} NOT NULL,
    detected_at {{NOW}}
);

CREATE TABLE daily_pnl (
    account VARCHAR(32) NOT NULL DEFAULT '',
    date {{DATE}} NOT NULL,
    realized_pnl {{MONEY}} NOT NULL,
    unrealized_pnl {{MONEY}} NOT NULL,
    total_pnl {{MONEY}} NOT NULL,
    portfolio_value {{MONEY}} NOT NULL,
    cash_balance {{MONEY}} NOT NULL,
    num_trades INTEGER NOT NULL DEFAULT 0,
    created_at {{NOW}},
    PRIMARY KEY (account, date)
);

-- Ratios are analytics, so floating point is fine here (STYLE.md: double only for analytics).
CREATE TABLE strategy_performance (
    id {{ID_PK}},
    strategy_name VARCHAR(100) NOT NULL,
    date {{DATE}} NOT NULL,
    num_signals INTEGER NOT NULL DEFAULT 0,
    num_trades INTEGER NOT NULL DEFAULT 0,
    pnl {{MONEY}} NOT NULL,
    win_rate DOUBLE PRECISION,
    sharpe_ratio DOUBLE PRECISION,
    max_drawdown DOUBLE PRECISION,
    created_at {{NOW}},
    UNIQUE (strategy_name, date)
);

CREATE TABLE audit_log (
    id {{ID_PK}},
    ts_ns BIGINT NOT NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(64) NOT NULL,
    entity VARCHAR(64) NOT NULL,
    entity_id VARCHAR(128) NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_audit_log_ts ON audit_log(ts_ns);
