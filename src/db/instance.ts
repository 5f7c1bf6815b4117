import { BoardDatabase, databaseNameFor } from './schema'

let instance: BoardDatabase | undefined

/** The app's database, named after the deployment path (see databaseNameFor). */
export function getDb(): BoardDatabase {
  instance ??= new BoardDatabase(databaseNameFor(location.pathname))
  return instance
}
