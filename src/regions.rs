//! AWS regions and partitions. The region decides the partition (`aws`, `aws-cn`,
//! `aws-us-gov`), and with it the ARN prefix and the audience. The commercial list is the `aws` partition's public regions as
//! published by AWS in late 2026 (34 regions, the newest being ap-east-2, ap-southeast-6,
//! ap-southeast-7 and mx-central-1). Regions of other partitions are recognised so they can be
//! refused with a clear message instead of producing ARNs that cannot work.

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

/// Regions of AWS China (`aws-cn`).
pub const CHINA: [&str; 2] = ["cn-north-1", "cn-northwest-1"];
/// Regions of AWS GovCloud (US) (`aws-us-gov`).
pub const GOVCLOUD: [&str; 2] = ["us-gov-east-1", "us-gov-west-1"];

/// The AWS partitions Keyless generates for. The region chooses the partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Partition {
    Aws,
    AwsCn,
    AwsUsGov,
}

impl Partition {
    /// The partition as it appears in ARNs: `arn:<id>:...`.
    pub fn id(self) -> &'static str {
        match self {
            Partition::Aws => "aws",
            Partition::AwsCn => "aws-cn",
            Partition::AwsUsGov => "aws-us-gov",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Partition::Aws => "AWS (commercial)",
            Partition::AwsCn => "AWS China",
            Partition::AwsUsGov => "AWS GovCloud (US)",
        }
    }

    /// The audience to register on the provider and to request in the workflow. China needs
    /// `sts.amazonaws.com.cn`; GovCloud uses the commercial value (reported to work; no AWS
    /// page found that states it).
    pub fn audience(self) -> &'static str {
        match self {
            Partition::AwsCn => "sts.amazonaws.com.cn",
            Partition::Aws | Partition::AwsUsGov => "sts.amazonaws.com",
        }
    }
}

/// What a region string is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    /// A region Keyless generates for, and its partition.
    Supported(Partition),
    /// A region of a partition Keyless does not generate for: its partition name and a description.
    OtherPartition(&'static str, &'static str),
    Unknown,
}

/// Every region Keyless generates for, commercial first.
pub fn supported() -> impl Iterator<Item = &'static str> {
    COMMERCIAL
        .iter()
        .chain(CHINA.iter())
        .chain(GOVCLOUD.iter())
        .copied()
}

pub fn classify(region: &str) -> RegionKind {
    if COMMERCIAL.contains(&region) {
        RegionKind::Supported(Partition::Aws)
    } else if CHINA.contains(&region) {
        RegionKind::Supported(Partition::AwsCn)
    } else if GOVCLOUD.contains(&region) {
        RegionKind::Supported(Partition::AwsUsGov)
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
        assert_eq!(classify("eu-west-1"), RegionKind::Supported(Partition::Aws));
        assert_eq!(
            classify("cn-north-1"),
            RegionKind::Supported(Partition::AwsCn)
        );
        assert_eq!(
            classify("us-gov-west-1"),
            RegionKind::Supported(Partition::AwsUsGov)
        );
        assert!(matches!(
            classify("us-isob-east-1"),
            RegionKind::OtherPartition("aws-iso", _)
        ));
        assert_eq!(classify("cn-south-9"), RegionKind::Unknown);
        assert_eq!(Partition::AwsCn.audience(), "sts.amazonaws.com.cn");
        assert_eq!(classify("us-east-9"), RegionKind::Unknown);
        assert_eq!(classify("US-EAST-1"), RegionKind::Unknown);
    }
}
