"""Open Referral's Human Services Data Specification (HSDS) 3.0: export and API.

* ``export``     - organizations as HSDS objects and as a tabular data package;
* ``views``      - the read-only HSDS API (``/hsds/organizations``), public data only;
* ``package``    - an HSDS data package in, through the import engine;
* ``validation`` - the vendored HSDS 3.0 JSON schemas (``schema/``, CC BY-SA 4.0).
"""

HSDS_VERSION = "3.0"
