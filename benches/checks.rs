//! The check and the loading of a plan, on synthetic organisations of about 1,000,
//! 10,000 and 50,000 objectives (two quarters each). See benches/README.md for the
//! figures and how to run them.

use std::time::Duration;

use cascade::checks::check;
use cascade::synth::{generate, SynthSpec};
use cascade::Plan;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Agents for about `objectives` objectives: each agent owns about two per quarter.
fn spec(objectives: usize) -> SynthSpec {
    SynthSpec::with_agents(
        objectives / 4,
        vec!["2026-Q4".parse().unwrap(), "2027-Q1".parse().unwrap()],
        2026,
    )
}

const SIZES: [usize; 3] = [1_000, 10_000, 50_000];

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut check_group = c.benchmark_group("check");
    check_group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    let mut files = Vec::new();
    for size in SIZES {
        let path = dir.path().join(format!("plan-{size}.okr"));
        let mut plan = Plan::create(&path).unwrap();
        let counts = generate(&mut plan, &spec(size)).unwrap();
        let snapshot = plan.snapshot(None).unwrap();
        plan.close().unwrap();
        check_group.throughput(Throughput::Elements(counts.objectives as u64));
        check_group.bench_with_input(BenchmarkId::from_parameter(counts.objectives), &snapshot, |b, s| {
            b.iter(|| check(s))
        });
        files.push((counts.objectives, path));
    }
    check_group.finish();

    let mut load = c.benchmark_group("open_and_snapshot");
    load.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (objectives, path) in &files {
        load.throughput(Throughput::Elements(*objectives as u64));
        load.bench_with_input(BenchmarkId::from_parameter(objectives), path, |b, p| {
            b.iter(|| {
                let mut plan = Plan::open(p).unwrap();
                let s = plan.snapshot(None).unwrap();
                plan.close().unwrap();
                s
            })
        });
    }
    load.finish();

    let mut whole = c.benchmark_group("open_snapshot_and_check");
    whole
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (objectives, path) in &files {
        whole.throughput(Throughput::Elements(*objectives as u64));
        whole.bench_with_input(BenchmarkId::from_parameter(objectives), path, |b, p| {
            b.iter(|| {
                let mut plan = Plan::open(p).unwrap();
                let findings = plan.check(None).unwrap();
                plan.close().unwrap();
                findings
            })
        });
    }
    whole.finish();
}

criterion_group!(checks, benches);
criterion_main!(checks);
