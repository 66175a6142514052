//! The process's metrics in Prometheus's text format, for `GET /metrics` (the HTTP endpoint,
//! or `--metrics ADDR` beside the gateway). One registry per process ([`get`]): every
//! transport and chore counts into it, and the fact counts are read from the live base when
//! scraped. Labels are fixed words (transport, kind, command, outcome, reason), never what a
//! member typed.

use std::sync::LazyLock;
use std::time::Duration;

use prometheus::{
    Encoder, Gauge, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry, TextEncoder,
};

use crate::status::BaseInfo;

/// Answer latency buckets, in seconds: from 10 µs (an answer from memory) to 10 s (a reload).
pub const LATENCY_BUCKETS: &[f64] = &[
    0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025,
    0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

pub struct Metrics {
    registry: Registry,
    interactions: IntCounterVec,
    latency: HistogramVec,
    signature_rejections: IntCounterVec,
    bad_requests: IntCounterVec,
    deferrals: IntCounterVec,
    followup_failures: IntCounterVec,
    reloads: IntCounterVec,
    facts: IntGaugeVec,
    base: IntGaugeVec,
    loaded_at: Gauge,
    shard_latency: prometheus::GaugeVec,
    shard_connected: IntGaugeVec,
    shards: IntGauge,
}

/// The process's metrics.
pub fn get() -> &'static Metrics {
    static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);
    &METRICS
}

fn counter(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric");
    registry.register(Box::new(c.clone())).expect("unique");
    c
}

fn gauge(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> IntGaugeVec {
    let g = IntGaugeVec::new(Opts::new(name, help), labels).expect("valid metric");
    registry.register(Box::new(g.clone())).expect("unique");
    g
}

impl Metrics {
    fn new() -> Metrics {
        let registry = Registry::new();
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "casebot_answer_seconds",
                "Time from receiving an interaction to its response body, by transport and kind",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
            &["transport", "kind"],
        )
        .expect("valid metric");
        registry
            .register(Box::new(latency.clone()))
            .expect("unique");
        let loaded_at = Gauge::new(
            "casebot_facts_loaded_timestamp_seconds",
            "When the served fact base was loaded (Unix time)",
        )
        .expect("valid metric");
        registry
            .register(Box::new(loaded_at.clone()))
            .expect("unique");
        let shard_latency = prometheus::GaugeVec::new(
            Opts::new(
                "casebot_shard_latency_seconds",
                "Gateway heartbeat latency per shard",
            ),
            &["shard"],
        )
        .expect("valid metric");
        registry
            .register(Box::new(shard_latency.clone()))
            .expect("unique");
        let shards = IntGauge::new("casebot_shards", "Gateway shards this process runs")
            .expect("valid metric");
        registry.register(Box::new(shards.clone())).expect("unique");
        Metrics {
            interactions: counter(
                &registry,
                "casebot_interactions_total",
                "Interactions answered, by transport, kind, command and outcome",
                &["transport", "kind", "command", "outcome"],
            ),
            latency,
            signature_rejections: counter(
                &registry,
                "casebot_signature_rejections_total",
                "Requests to /interactions refused with 401, by reason",
                &["reason"],
            ),
            bad_requests: counter(
                &registry,
                "casebot_bad_requests_total",
                "Signed requests to /interactions refused otherwise (400, 413, 503), by reason",
                &["reason"],
            ),
            deferrals: counter(
                &registry,
                "casebot_deferrals_total",
                "Responses deferred to be completed through the interaction webhook",
                &["transport"],
            ),
            followup_failures: counter(
                &registry,
                "casebot_followup_failures_total",
                "Deferred responses whose completion could not be sent",
                &["transport"],
            ),
            reloads: counter(
                &registry,
                "casebot_reloads_total",
                "Reloads of the facts, by trigger (command, signal, watch) and result (ok, refused)",
                &["trigger", "result"],
            ),
            facts: gauge(
                &registry,
                "casebot_facts",
                "Facts served, by kind (events, people, quotes, sources)",
                &["kind"],
            ),
            base: gauge(
                &registry,
                "casebot_fact_base_info",
                "Always 1: the short hash of the served fact base and this replica's id",
                &["hash", "replica"],
            ),
            loaded_at,
            shard_latency,
            shard_connected: gauge(
                &registry,
                "casebot_shard_connected",
                "1 while the gateway shard is connected",
                &["shard"],
            ),
            shards,
            registry,
        }
    }

    /// An interaction answered (or refused by the answer path itself).
    pub fn interaction(
        &self,
        transport: &str,
        kind: &str,
        command: &str,
        outcome: &str,
        took: Duration,
    ) {
        self.interactions
            .with_label_values(&[transport, kind, command, outcome])
            .inc();
        self.latency
            .with_label_values(&[transport, kind])
            .observe(took.as_secs_f64());
    }

    pub fn signature_rejected(&self, reason: &str) {
        self.signature_rejections.with_label_values(&[reason]).inc();
    }

    pub fn bad_request(&self, reason: &str) {
        self.bad_requests.with_label_values(&[reason]).inc();
    }

    pub fn deferred(&self, transport: &str) {
        self.deferrals.with_label_values(&[transport]).inc();
    }

    pub fn followup_failed(&self, transport: &str) {
        self.followup_failures.with_label_values(&[transport]).inc();
    }

    pub fn reloaded(&self, trigger: &str, ok: bool) {
        self.reloads
            .with_label_values(&[trigger, if ok { "ok" } else { "refused" }])
            .inc();
    }

    pub fn shard(&self, id: u32, connected: bool, latency: Option<Duration>) {
        let id = id.to_string();
        self.shard_connected
            .with_label_values(&[&id])
            .set(i64::from(connected));
        if let Some(latency) = latency {
            self.shard_latency
                .with_label_values(&[&id])
                .set(latency.as_secs_f64());
        }
    }

    pub fn set_shards(&self, n: u32) {
        self.shards.set(i64::from(n));
    }

    /// The exposition, with the fact gauges set from `base` (the one served now, if any).
    pub fn render(&self, base: Option<(&BaseInfo, &str)>) -> String {
        if let Some((info, replica)) = base {
            for (kind, n) in [
                ("events", info.events),
                ("people", info.people),
                ("quotes", info.quotes),
                ("sources", info.sources),
            ] {
                self.facts
                    .with_label_values(&[kind])
                    .set(i64::try_from(n).unwrap_or(i64::MAX));
            }
            self.base.reset();
            self.base.with_label_values(&[&info.hash, replica]).set(1);
            self.loaded_at.set(info.loaded_at as f64);
        }
        let mut out = Vec::new();
        // Encoding gathered families into a Vec cannot fail.
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

/// The content type of [`Metrics::render`].
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_every_family_with_fixed_labels() {
        let m = Metrics::new();
        m.interaction(
            "http",
            "command",
            "who",
            "answer",
            Duration::from_micros(40),
        );
        m.signature_rejected("bad_signature");
        m.reloaded("command", true);
        let info = BaseInfo {
            hash: "0123456789ab".into(),
            events: 1,
            people: 2,
            quotes: 3,
            sources: 4,
            loaded_at: 5,
        };
        let text = m.render(Some((&info, "r1")));
        for line in [
            "casebot_interactions_total{command=\"who\",kind=\"command\",outcome=\"answer\",transport=\"http\"} 1",
            "casebot_answer_seconds_bucket{kind=\"command\",transport=\"http\",le=\"0.00005\"} 1",
            "casebot_signature_rejections_total{reason=\"bad_signature\"} 1",
            "casebot_reloads_total{result=\"ok\",trigger=\"command\"} 1",
            "casebot_facts{kind=\"quotes\"} 3",
            "casebot_fact_base_info{hash=\"0123456789ab\",replica=\"r1\"} 1",
        ] {
            assert!(text.contains(line), "{line} not in:\n{text}");
        }
    }
}
