//! Tesla's two account regions, and what follows from each.

use crate::settings;

/// Where an account is registered: it decides the issuer and the API hosts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// Everywhere but China (`auth.tesla.com`).
    Global,
    /// China (`auth.tesla.cn`).
    China,
}

impl Region {
    /// The region of a trusted issuer; `None` for any other issuer.
    pub fn of_issuer(issuer: &str) -> Option<Self> {
        match issuer.trim_end_matches('/') {
            i if i == settings::AUTH_BASE => Some(Self::Global),
            i if i == settings::CN_AUTH_BASE => Some(Self::China),
            _ => None,
        }
    }

    /// The issuer whose token endpoint serves this region.
    pub fn issuer(self) -> &'static str {
        match self {
            Self::Global => settings::AUTH_BASE,
            Self::China => settings::CN_AUTH_BASE,
        }
    }

    /// The owner-API base for tokens of this region.
    pub fn owner_api(self) -> &'static str {
        match self {
            Self::Global => settings::OWNER_API,
            Self::China => settings::OWNER_API_CN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuers_map_to_regions_and_back() {
        assert_eq!(Region::of_issuer("https://auth.tesla.com/oauth2/v3"), Some(Region::Global));
        assert_eq!(Region::of_issuer("https://auth.tesla.cn/oauth2/v3/"), Some(Region::China));
        assert_eq!(Region::of_issuer("https://auth.tesla.com.evil.example/oauth2/v3"), None);
        assert_eq!(Region::of_issuer(""), None);
        for region in [Region::Global, Region::China] {
            assert_eq!(Region::of_issuer(region.issuer()), Some(region));
        }
    }

    #[test]
    fn the_owner_api_follows_the_region() {
        assert_eq!(Region::Global.owner_api(), "https://owner-api.teslamotors.com");
        assert_eq!(Region::China.owner_api(), "https://owner-api.vn.cloud.tesla.cn");
    }
}
