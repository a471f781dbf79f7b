//! AWS regions and partitions. The commercial list is the `aws` partition's public regions as
//! published by AWS in late 2026 (34 regions, the newest being ap-east-2, ap-southeast-6,
//! ap-southeast-7 and mx-central-1). Regions of other partitions are recognised so they can be
//! refused with a clear message instead of producing `arn:aws:` ARNs that cannot work.

/// Regions of the commercial (`aws`) partition, sorted.
pub const COMMERCIAL: [&str; 34] = [
    "af-south-1",
    "ap-east-1",
    "ap-east-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7",
    "ca-central-1",
    "ca-west-1",
    "eu-central-1",
    "eu-central-2",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "il-central-1",
    "me-central-1",
    "me-south-1",
    "mx-central-1",
    "sa-east-1",
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
];

/// What a region string is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    Commercial,
    /// A region of another partition: its partition name and a description.
    OtherPartition(&'static str, &'static str),
    Unknown,
}

pub fn classify(region: &str) -> RegionKind {
    if COMMERCIAL.contains(&region) {
        RegionKind::Commercial
    } else if region.starts_with("cn-") {
        RegionKind::OtherPartition("aws-cn", "AWS China")
    } else if region.starts_with("us-gov-") {
        RegionKind::OtherPartition("aws-us-gov", "AWS GovCloud (US)")
    } else if region.starts_with("us-iso") || region.starts_with("eu-isoe-") {
        RegionKind::OtherPartition("aws-iso", "an AWS isolated (ISO) region")
    } else if region.starts_with("eusc-") {
        RegionKind::OtherPartition("aws-eusc", "the AWS European Sovereign Cloud")
    } else {
        RegionKind::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commercial_list_is_sorted_and_distinct() {
        assert!(COMMERCIAL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn classifies() {
        assert_eq!(classify("eu-west-1"), RegionKind::Commercial);
        assert_eq!(
            classify("cn-north-1"),
            RegionKind::OtherPartition("aws-cn", "AWS China")
        );
        assert!(matches!(
            classify("us-gov-west-1"),
            RegionKind::OtherPartition("aws-us-gov", _)
        ));
        assert_eq!(classify("us-east-9"), RegionKind::Unknown);
        assert_eq!(classify("US-EAST-1"), RegionKind::Unknown);
    }
}
