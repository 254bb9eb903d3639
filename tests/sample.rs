//! The bundled example snapshot is valid, labelled as example data, and reproduces the real
//! aggregate figures of seed 000's table (BIU, autumn 2011).

mod common;
use common::today;
use visitationsguide::domain::snapshot::{BandRef, Measure, PeriodIx, ProviderKind, Smiley};
use visitationsguide::domain::{parse_snapshot, Snapshot};

fn sample() -> Snapshot {
    let bytes = std::fs::read("public/data/snapshot.json").unwrap();
    parse_snapshot(&bytes, today()).unwrap()
}

struct Aggregate {
    participants: u64,
    satisfaction: (f64, u64),
    off_3m: Option<f64>,
    complaints: u64,
}

/// Current-period all-ages results of the offers whose provider kind and target group match.
fn aggregate(s: &Snapshot, kinds: &[ProviderKind], groups: &[&str]) -> Aggregate {
    let (mut participants, mut sat_w, mut sat_n, mut off_w, mut off_n, mut complaints) =
        (0u64, 0.0, 0u64, 0.0, 0u64, 0u64);
    for offer in s.offers() {
        if !kinds.contains(&s.provider_of(offer).kind) {
            continue;
        }
        for r in offer.results.iter().filter(|r| r.period == PeriodIx::CURRENT && r.age_band == BandRef::All) {
            if !groups.contains(&s.target_group(r.target_group).id.as_str()) {
                continue;
            }
            participants += u64::from(r.participants);
            if let Some((share, n)) = r.satisfaction.share() {
                sat_w += share * f64::from(n);
                sat_n += u64::from(n);
            }
            if let Some(Measure::Share { share, n }) = r.off_benefit_3m {
                off_w += share.get() * f64::from(n);
                off_n += u64::from(n);
            }
            complaints += u64::from(r.complaints.unwrap_or(0));
        }
    }
    Aggregate {
        participants,
        satisfaction: (sat_w / sat_n as f64, sat_n),
        off_3m: (off_n > 0).then(|| off_w / off_n as f64),
        complaints,
    }
}

#[test]
fn the_sample_is_valid_example_data_of_the_required_size() {
    let s = sample();
    assert!(s.publisher().contains("Eksempeldata"), "labelled as example data");
    assert_eq!(s.periods().len(), 3);
    assert!(s.age_bands().len() >= 2);
    assert!(s.providers().len() >= 8);
    assert!(s.offers().len() >= 25);
    for name in ["CAB", "CBSI", "JKI", "IKU", "JOBDK"] {
        assert!(s.providers().iter().any(|p| p.name.contains(name)), "{name}");
    }
    let smileys: Vec<Smiley> = s.offers().iter().filter_map(|o| o.supervision.as_ref().map(|x| x.smiley)).collect();
    assert!(smileys.contains(&Smiley::Sad) && smileys.contains(&Smiley::Neutral));
    let measures =
        s.offers().iter().flat_map(|o| &o.results).flat_map(|r| [r.job_or_education, r.placements, r.satisfaction]);
    assert!(measures.clone().any(|m| matches!(m, Measure::Missing(_))), "some missing measures");
    assert!(measures.clone().any(|m| matches!(m, Measure::Share { n, .. } if n < 25)), "some too-few measures");
}

#[test]
fn the_sample_reproduces_seed_000s_table() {
    let s = sample();
    let internal = aggregate(&s, &[ProviderKind::Internal], &["dp-match1", "kh-match1"]);
    let external1 = aggregate(&s, &[ProviderKind::External, ProviderKind::OtherActor], &["dp-match1", "kh-match1"]);
    let external2 = aggregate(&s, &[ProviderKind::External, ProviderKind::OtherActor], &["kh-match2"]);
    let sick = aggregate(&s, &[ProviderKind::Internal, ProviderKind::External, ProviderKind::OtherActor], &["sdp"]);
    let close = |a: f64, b: f64| (a - b).abs() < 0.0005;
    // Internal match 1: 14.449 citizens, 75,5 % of 341 answers, 20 % off benefits after 3 months, 3 complaints.
    assert_eq!(internal.participants, 14_449);
    assert!(close(internal.satisfaction.0, 0.755) && internal.satisfaction.1 == 341);
    assert!(close(internal.off_3m.unwrap(), 0.20));
    assert_eq!(internal.complaints, 3);
    // External match 1: 14.678, 71,4 % of 1630, 29 %, 42 complaints.
    assert_eq!(external1.participants, 14_678);
    assert!(close(external1.satisfaction.0, 0.714) && external1.satisfaction.1 == 1630);
    assert!(close(external1.off_3m.unwrap(), 0.29));
    assert_eq!(external1.complaints, 42);
    // Match 2: 15.488, 85,7 % of 834, 10,7 %, 8 complaints.
    assert_eq!(external2.participants, 15_488);
    assert!(close(external2.satisfaction.0, 0.857) && external2.satisfaction.1 == 834);
    assert!(close(external2.off_3m.unwrap(), 0.107));
    assert_eq!(external2.complaints, 8);
    // Sygedagpenge: 82,9 % of 147, 0 complaints, effect not reported.
    assert!(close(sick.satisfaction.0, 0.829) && sick.satisfaction.1 == 147);
    assert_eq!(sick.complaints, 0);
    assert_eq!(sick.off_3m, None);
}
