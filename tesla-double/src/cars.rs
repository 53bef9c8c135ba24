//! The cars every test account has.

/// A car of the double's fleet.
pub struct Car {
    /// Its product id (digits), as `/api/1/vehicles/{id}` takes it.
    pub(crate) id: &'static str,
    /// Its vehicle identification number.
    pub(crate) vin: &'static str,
    /// The name its owner gave it (`display_name`).
    pub(crate) name: &'static str,
    /// Polls of its state until it is online; `None`: online.
    pub(crate) asleep_for: Option<u32>,
    /// Refuses commands that are not signed (vehicle-command protocol).
    pub(crate) needs_signed_commands: bool,
}

/// The cars every account has: one asleep, one online that refuses
/// unsigned commands.
pub fn cars() -> Vec<Car> {
    vec![
        Car {
            id: "1493024012345678901",
            vin: "5YJ3E1EA7KF000001",
            name: "Sleepy",
            asleep_for: Some(u32::MAX),
            needs_signed_commands: false,
        },
        Car {
            id: "1493024012345678902",
            vin: "7SAYGDEE5PF000002",
            name: "Modern",
            asleep_for: None,
            needs_signed_commands: true,
        },
    ]
}
