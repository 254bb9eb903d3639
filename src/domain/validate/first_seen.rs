//! Where each key of a list was first seen, for duplicate checks and look-ups by id. A few keys (the
//! periods, bands and groups every result names, or one offer's result cells) are searched in order,
//! which costs less than hashing them; many keys (offers, providers) are hashed. An offer's languages
//! use it too, for the same first-seen report.

use std::borrow::Borrow;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::Hash;

/// Up to this many keys are searched in order.
const FEW: usize = 16;

pub(super) struct FirstSeen<K> {
    few: Vec<(K, usize)>,
    many: Option<HashMap<K, usize>>,
}

impl<K: Eq + Hash> FirstSeen<K> {
    /// An empty index for a list of `len` items.
    pub(super) fn for_len(len: usize) -> Self {
        if len <= FEW {
            FirstSeen { few: Vec::with_capacity(len), many: None }
        } else {
            FirstSeen { few: Vec::new(), many: Some(HashMap::with_capacity(len)) }
        }
    }

    /// Where `key` was first seen.
    pub(super) fn get<Q>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        match &self.many {
            Some(map) => map.get(key).copied(),
            None => self.few.iter().find(|(k, _)| k.borrow() == key).map(|&(_, at)| at),
        }
    }

    /// Where `key` was first seen, or `None` after noting it as first seen at `at` now.
    pub(super) fn first_or_note(&mut self, key: K, at: usize) -> Option<usize> {
        match &mut self.many {
            Some(map) => match map.entry(key) {
                Entry::Occupied(first) => Some(*first.get()),
                Entry::Vacant(slot) => {
                    slot.insert(at);
                    None
                }
            },
            None => {
                let first = self.get(&key);
                if first.is_none() {
                    self.few.push((key, at));
                }
                first
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_position_of_each_key_is_kept_for_few_and_for_many_keys() {
        for len in [0, 3, FEW, FEW + 1, 200] {
            let keys: Vec<String> = (0..len).map(|i| format!("k{}", i % 7.max(len / 2).max(1))).collect();
            let mut index = FirstSeen::for_len(keys.len());
            for (i, key) in keys.iter().enumerate() {
                let first = keys.iter().position(|k| k == key);
                let seen = index.first_or_note(key.as_str(), i);
                assert_eq!(seen, first.filter(|&f| f < i), "len {len}, key {key} at {i}");
            }
            for key in &keys {
                assert_eq!(index.get(key.as_str()), keys.iter().position(|k| k == key), "len {len}");
            }
            assert_eq!(index.get("absent"), None);
        }
    }
}
