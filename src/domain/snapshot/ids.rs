//! Identities: the format's string ids, and typed indices into a validated snapshot's lists, so an
//! offer's position can never be used to look up a provider.

/// An id: 1–64 characters from `a-z 0-9 - _`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

impl Id {
    /// Checks the id rule; `None` when `text` breaks it.
    pub fn parse(text: &str) -> Option<Id> {
        let ok = (1..=64).contains(&text.len())
            && text.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_'));
        ok.then(|| Id(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

/// Declares a typed index into one of the snapshot's lists. Only validation (and the snapshot's own
/// iterators) make them, so an index always points into the snapshot it came from.
macro_rules! index_type {
    ($($(#[$meta:meta])* $name:ident;)+) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        impl $name {
            /// Validated lists are far shorter than `u32::MAX` (the file is at most 32 MiB).
            pub(crate) fn new(position: usize) -> Self {
                Self(position as u32)
            }

            /// The position in the list.
            pub fn get(self) -> usize {
                self.0 as usize
            }
        }
    )+};
}

index_type! {
    /// An offer: `Snapshot::offer`.
    OfferIx;
    /// A provider: `Snapshot::provider`.
    ProviderIx;
    /// A target group: `Snapshot::target_group`.
    GroupIx;
    /// A period: `Snapshot::period`; `PeriodIx::CURRENT` is the newest.
    PeriodIx;
    /// An age band: `Snapshot::age_band`.
    BandIx;
    /// One of an offer's results: `Offer::result`.
    ResultIx;
}

impl PeriodIx {
    /// Periods are listed newest first, so the current one is the first.
    pub const CURRENT: PeriodIx = PeriodIx(0);
}
