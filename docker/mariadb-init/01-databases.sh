#!/bin/bash
# Creates the two PARCS databases and their users on the first start of the MariaDB container.
set -euo pipefail
mariadb -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS parcs_garage CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS parcs_portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'parcs_garage'@'%' IDENTIFIED BY '${GARAGE_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'parcs_portal'@'%' IDENTIFIED BY '${PORTAL_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON parcs_garage.* TO 'parcs_garage'@'%';
GRANT ALL PRIVILEGES ON parcs_portal.* TO 'parcs_portal'@'%';
SQL
